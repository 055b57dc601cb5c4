/**
 * 错误 — the one error type of the platform. Every failure a user or operator can meet is an AppError with a
 * stable code; the HTTP layer maps the code to a status once, and the message catalogue below renders it in the
 * caller's language. Modules add their codes here so the whole list stays in one reviewable place.
 */

export type Locale = 'zh-CN' | 'en';

interface ErrorSpec {
  /** HTTP status used when this error leaves the API. */
  status: number;
  /** Message templates; `{name}` is replaced from the error's details. */
  zh: string;
  en: string;
}

/** Stable error codes. The comment on each says when it is thrown. */
const catalogue = {
  /** A request body, query or parameter does not match its schema. */
  VALIDATION_FAILED: { status: 400, zh: '请求参数有误：{issues}', en: 'Invalid request: {issues}' },
  /** The request body is not well-formed JSON. */
  MALFORMED_JSON: { status: 400, zh: '请求体不是合法的 JSON：{reason}', en: 'The request body is not valid JSON: {reason}' },
  /** The request body exceeds the configured limit. */
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大（上限 {limit} 字节）', en: 'The request body is too large (limit {limit} bytes)' },
  /** The media type of the request body is not accepted by the endpoint. */
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型：{contentType}', en: 'Unsupported content type: {contentType}' },
  /** No route or no object with that id. */
  NOT_FOUND: { status: 404, zh: '未找到：{what}', en: 'Not found: {what}' },
  /** The caller is not signed in, or the session has expired. */
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  /** The caller is signed in but may not do this. */
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  /** Too many requests from one client in a short time. */
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, please try again later' },
  /** The zone pack on disk is invalid; names the file and the field. */
  ZONE_PACK_INVALID: { status: 500, zh: '园区配置包无效：{file} {path}：{reason}', en: 'Invalid zone pack: {file} {path}: {reason}' },
  /** The zone named by ZONE does not exist. */
  ZONE_PACK_NOT_FOUND: { status: 500, zh: '找不到园区配置包：{dir}', en: 'Zone pack not found: {dir}' },
  /** The database could not be reached or started. */
  DATABASE_UNAVAILABLE: { status: 503, zh: '数据库不可用：{reason}', en: 'Database unavailable: {reason}' },
  /** The embedded PostgreSQL could not be started or supervised. */
  EMBEDDED_DB_FAILED: { status: 503, zh: '内置数据库启动失败：{reason}', en: 'The embedded database failed: {reason}' },
  /** A migration file failed, or applied migrations no longer match the files (missing or edited). */
  MIGRATION_FAILED: { status: 500, zh: '数据库迁移失败：{reason}', en: 'Database migration failed: {reason}' },
  /** A backup file cannot be read or does not match this platform. */
  BACKUP_INVALID: { status: 400, zh: '备份文件无效：{reason}', en: 'Invalid backup file: {reason}' },
  /** `zjsc audit verify` found a record that was altered, removed or moved. */
  AUDIT_CHAIN_BROKEN: {
    status: 500,
    zh: '审计日志链校验失败：第 {seq} 条记录（{kind}）：{detail}；此前 {checked} 条完好',
    en: 'Audit chain broken at record {seq} ({kind}): {detail}; {checked} record(s) before it are intact',
  },
  /** A configuration value (environment variable) is invalid. */
  CONFIG_INVALID: { status: 500, zh: '配置有误：{name}：{reason}', en: 'Invalid configuration: {name}: {reason}' },
  /** The port the server should listen on is taken. */
  PORT_IN_USE: { status: 500, zh: '端口 {port} 已被占用，请设置 PORT 为其他端口', en: 'Port {port} is in use; set PORT to another port' },
  /** Coordinates given to the territory resolver are not numbers, out of range, swapped, or in an unknown CRS. */
  COORDINATES_INVALID: { status: 400, zh: '坐标有误：{issues}', en: 'Invalid coordinates: {issues}' },
  /** A boundary layer handed to the territory resolver has a feature without id, a non-polygon geometry or a bad ring. */
  TERRITORY_LAYER_INVALID: {
    status: 400,
    zh: '区域图层 {layer} 无效：要素 {feature}：{reason}',
    en: 'Invalid territory layer {layer}: feature {feature}: {reason}',
  },
  /** An address to resolve is missing, empty, not text or too long; names the field. */
  ADDRESS_INVALID: { status: 400, zh: '地址有误（{field}）：{reason}', en: 'Invalid address ({field}): {reason}' },
  /** A case type the zone's routing rules do not know; names the field and lists the known ones. */
  CASE_TYPE_UNKNOWN: {
    status: 400,
    zh: '未知的办件类型（{field}）：{caseType}；可选：{known}',
    en: 'Unknown case type ({field}): {caseType}; known: {known}',
  },
  /** A territory layer name that the zone does not have (or that cannot be imported); names the field. */
  TERRITORY_LAYER_UNKNOWN: {
    status: 400,
    zh: '未知或不可导入的图层（{field}）：{layer}；可选：{known}',
    en: 'Unknown or non-importable layer ({field}): {layer}; known: {known}',
  },
  /** An imported boundary file failed validation; `report` lists every problem with its feature and reason. Nothing changed. */
  TERRITORY_IMPORT_INVALID: {
    status: 400,
    zh: '图层 {layer} 导入未通过校验（{count} 个问题），原图层未改动：{first}',
    en: 'Import of layer {layer} failed validation ({count} problem(s)); the layer is unchanged: {first}',
  },
  /** Sign-in with a wrong password or an unknown username: one message for both, so neither is revealed. */
  LOGIN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  /** Too many failed sign-ins for this username within the window; the lock lifts by itself. */
  ACCOUNT_LOCKED: {
    status: 429,
    zh: '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  /** The password was right but the account waits for an intake officer to verify its registration. */
  ACCOUNT_PENDING: { status: 403, zh: '账号正在等待审核', en: 'This account is waiting for verification' },
  /** The password was right but an administrator disabled the account. */
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用，请联系管理员', en: 'This account is disabled; contact an administrator' },
  /** The session timed out (idle or absolute), was signed out elsewhere, or its user was disabled. */
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  /** A cookie-authenticated request that changes state came without the session's X-CSRF-Token header. */
  CSRF_TOKEN_INVALID: {
    status: 403,
    zh: '缺少或错误的 X-CSRF-Token 请求头，请刷新页面后重试',
    en: 'Missing or wrong X-CSRF-Token header; reload the page and try again',
  },
  /** A credit code fails the GB 32100 checks; names the field and why (length, character, check digit). */
  CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码有误（{field}）：{reasonZh}',
    en: 'Invalid credit code ({field}): {reasonEn}',
  },
  /** A new password does not meet the password policy; names the field and every rule it breaks. */
  PASSWORD_TOO_WEAK: { status: 400, zh: '密码强度不足（{field}）：{problemsZh}', en: 'Password too weak ({field}): {problemsEn}' },
  /** Changing one's password with a wrong current password. */
  PASSWORD_INCORRECT: { status: 400, zh: '当前密码不正确（{field}）', en: 'The current password is wrong ({field})' },
  /** Creating or registering an account under a username that is taken. */
  USERNAME_TAKEN: { status: 409, zh: '用户名“{username}”已被使用', en: 'The username "{username}" is taken' },
  /** Acting for, or granting in, a unit the user does not belong to. */
  UNIT_NOT_MEMBER: { status: 400, zh: '用户不属于单位 {unitId}', en: 'The user does not belong to unit {unitId}' },
  /** A unit, body or town named in a request does not exist or is of the wrong kind; names the field. */
  UNIT_INVALID: { status: 400, zh: '{field}：单位“{unitId}”不存在或类型不符', en: '{field}: unit "{unitId}" does not exist or is of the wrong kind' },
  /** Verifying or rejecting a registration that was already decided. */
  REGISTRATION_NOT_PENDING: {
    status: 409,
    zh: '该注册申请已处理（{status}）',
    en: 'This registration was already decided ({status})',
  },
  /** A role or token names permissions no module declares. */
  PERMISSION_UNKNOWN: { status: 400, zh: '未知权限：{permissions}', en: 'Unknown permissions: {permissions}' },
  /** A token or grant would give more than its creator holds (permissions or a wider scope). */
  PERMISSION_NOT_GRANTABLE: {
    status: 403,
    zh: '不能授予自己未拥有的权限或范围：{permissions}',
    en: 'You cannot grant permissions or scopes you do not hold: {permissions}',
  },
  /** Facts handed to a policy evaluation have the wrong type or an unknown name; `facts` lists each with its reason. */
  POLICY_FACTS_INVALID: { status: 400, zh: '事实数据有误：{facts}', en: 'Invalid facts: {facts}' },
  /** A policy is evaluated on a date that none of its versions covers. */
  POLICY_NOT_IN_FORCE: {
    status: 400,
    zh: '政策 {policyId} 在 {asOf} 不在有效期内',
    en: 'Policy {policyId} is not in force on {asOf}',
  },
  /** A policy id the catalogue in force does not have. */
  POLICY_NOT_FOUND: { status: 404, zh: '未找到政策：{policyId}', en: 'No such policy: {policyId}' },
  /** A policy draft names unknown or shared parameters, gives values of the wrong type, or would not load; `issues` lists each. */
  POLICY_DRAFT_INVALID: { status: 400, zh: '政策草案有误：{issues}', en: 'Invalid policy draft: {issues}' },
  /** A draft starts on or before the day the latest version began: publishing it would rewrite history. */
  POLICY_DRAFT_TOO_EARLY: {
    status: 400,
    zh: '草案生效日期 {validFrom} 须晚于最新的第 {version} 版的起始日 {currentFrom}（历史版本不可修改）',
    en: 'The draft starts {validFrom}; it must start after {currentFrom}, the start of version {version}, the latest (history is never edited)',
  },
  /** A draft id that this policy does not have. */
  POLICY_DRAFT_NOT_FOUND: { status: 404, zh: '未找到政策 {policyId} 的草案 {draftId}', en: 'Policy {policyId} has no draft {draftId}' },
  /** Changing, deleting or publishing a draft that was already published. */
  POLICY_DRAFT_PUBLISHED: {
    status: 409,
    zh: '草案已发布为第 {version} 版，不能再修改、删除或发布',
    en: 'The draft was published as version {version}; it cannot be changed, deleted or published again',
  },
  /** A table file (CSV or XLSX) is empty, or has a header but no data row. */
  TABLE_EMPTY: { status: 400, zh: '文件没有数据：{reasonZh}', en: 'The file has no data: {reasonEn}' },
  /** An uploaded table is neither CSV text nor XLSX; names what it looks like (a PDF, an image, a .xls …). */
  TABLE_FORMAT_UNKNOWN: {
    status: 400,
    zh: '无法读取该文件：它看起来是{kindZh}，请上传 CSV 或 XLSX 文件',
    en: 'Cannot read this file: it looks like {kindEn}; upload a CSV or XLSX file',
  },
  /** A table file is larger than the limit of the caller. */
  TABLE_TOO_LARGE: {
    status: 413,
    zh: '文件过大（{bytes} 字节，上限 {limit} 字节）',
    en: 'The file is too large ({bytes} bytes; the limit is {limit} bytes)',
  },
  /** A CSV file's text is neither UTF-8 nor GBK/GB18030 (nor UTF-16 with a BOM). */
  TABLE_ENCODING_UNKNOWN: {
    status: 400,
    zh: '无法识别文件的文字编码（支持 UTF-8、GBK/GB18030），请另存为 UTF-8 编码的 CSV',
    en: 'Unrecognised text encoding (UTF-8 and GBK/GB18030 are supported); save the file as UTF-8 CSV',
  },
  /** A CSV file changes encoding part-way: bytes near a row are not valid in the encoding detected at its start. */
  TABLE_ENCODING_INVALID: {
    status: 400,
    zh: '第 {rowNo} 行附近的内容不是有效的 {encoding} 编码，请将整个文件另存为 UTF-8 编码的 CSV',
    en: 'The text near row {rowNo} is not valid {encoding}; save the whole file as UTF-8 CSV',
  },
  /** A CSV record cannot be parsed: an unclosed quote runs on, or a record is longer than the limit. */
  TABLE_CSV_INVALID: { status: 400, zh: 'CSV 第 {rowNo} 行有误：{reasonZh}', en: 'CSV row {rowNo} is malformed: {reasonEn}' },
  /** An XLSX file is damaged, truncated or lacks a part a workbook needs; names the part or problem. */
  TABLE_XLSX_INVALID: {
    status: 400,
    zh: 'Excel 文件已损坏或不完整：{reason}',
    en: 'The Excel file is damaged or incomplete: {reason}',
  },
  /** A calendar date, instant or working-day count is malformed (an ISO instant must carry its offset); names the field. */
  CALENDAR_DATE_INVALID: { status: 400, zh: '日期有误（{field}）：{value}', en: 'Invalid date ({field}): {value}' },
  /** A working-day override (admin calendar table) is malformed or lists a day twice; names the entry and field. */
  CALENDAR_OVERRIDE_INVALID: { status: 400, zh: '工作日调整有误（{path}）：{reason}', en: 'Invalid calendar override ({path}): {reason}' },
  /** An import names a data source that the zone pack's registry.yaml does not list; lists the known ones. */
  REGISTRY_SOURCE_UNKNOWN: {
    status: 400,
    zh: '未知的数据来源（{field}）：{source}；可选：{known}',
    en: 'Unknown data source ({field}): {source}; known: {known}',
  },
  /** A file's header lacks a column that the source's mapping template requires; names each with the headers accepted. Nothing was written. */
  REGISTRY_COLUMNS_MISSING: {
    status: 400,
    zh: '文件缺少“{sourceName}”模板要求的列，未导入任何数据：{missingZh}',
    en: 'The file lacks columns that the "{sourceNameEn}" template requires; nothing was imported: {missingEn}',
  },
  /** An import stopped because the server stopped while it ran (recorded on the batch, found at the next start). */
  REGISTRY_IMPORT_INTERRUPTED: {
    status: 503,
    zh: '导入因服务停止而中断，已导入的行均未保存，请重新上传',
    en: 'The import was interrupted when the server stopped; none of its rows were kept; upload the file again',
  },
  /** Deciding on a review pair that was already decided. */
  REGISTRY_REVIEW_DECIDED: { status: 409, zh: '该疑似重复已有判定', en: 'This pair was already decided' },
  /** Unmerging a record that is not one of the enterprise's source records. */
  REGISTRY_RECORD_NOT_LINKED: {
    status: 400,
    zh: '（{field}）记录 {recordId} 不属于企业 {enterpriseId}',
    en: '({field}) record {recordId} is not a source record of enterprise {enterpriseId}',
  },
  /** Unmerging the only source record of an enterprise. */
  REGISTRY_UNMERGE_SINGLE: {
    status: 400,
    zh: '企业 {enterpriseId} 只有一条来源记录，无可拆分',
    en: 'Enterprise {enterpriseId} has a single source record; there is nothing to split',
  },
  /** A manual location names a town that is not a town of the zone; names the field. */
  REGISTRY_TOWN_UNKNOWN: {
    status: 400,
    zh: '（{field}）{townCode} 不是园区内的街镇',
    en: '({field}) {townCode} is not a town of the zone',
  },
  /** A workflow definition of the zone pack is invalid; names the file and the field. */
  WORKFLOW_DEFINITION_INVALID: { status: 500, zh: '流程定义无效：{file} {path}：{reason}', en: 'Invalid workflow definition: {file} {path}: {reason}' },
  /** A case is driven with another definition (or version) than the one it was opened with. */
  WORKFLOW_VERSION_MISMATCH: {
    status: 500,
    zh: '办件按流程 {expected} 办理，却以 {actual} 执行',
    en: 'The case runs on workflow {expected} but was given {actual}',
  },
  /** A case action that does not exist; lists the known ones. */
  WORKFLOW_ACTION_UNKNOWN: { status: 400, zh: '未知的办件操作：{action}；可选：{known}', en: 'Unknown case action: {action}; known: {known}' },
  /** The case's current stage (or state: draft, closed, nothing pending) does not offer this action. */
  WORKFLOW_ACTION_UNAVAILABLE: {
    status: 409,
    zh: '办件当前处于“{stageName}”环节，不能“{actionName}”：{reason}',
    en: 'The case is at stage "{stageNameEn}" and cannot "{actionNameEn}": {reasonEn}',
  },
  /** The stage offers the action, but not to this actor (role, acting unit, applicant or assigned expert). */
  WORKFLOW_ACTOR_NOT_PERMITTED: {
    status: 403,
    zh: '无权在“{stageName}”环节“{actionName}”：{reason}',
    en: 'You may not "{actionNameEn}" at stage "{stageNameEn}": {reasonEn}',
  },
  /** The action's payload is malformed or incomplete; lists each field with its problem. */
  WORKFLOW_PAYLOAD_INVALID: { status: 400, zh: '“{actionName}”的参数有误：{issues}', en: 'Invalid input for "{actionNameEn}": {issues}' },
  /** The case waits for the applicant's correction; only resubmission, withdrawal, urging and copying are possible. */
  WORKFLOW_CASE_PAUSED: {
    status: 409,
    zh: '办件正等待申请人补正，暂不能“{actionName}”',
    en: 'The case is waiting for the applicant\'s correction; "{actionNameEn}" is not possible now',
  },
  /** A second correction notice in the same stage entry: the one-time notice (一次性告知) must list every item at once. */
  WORKFLOW_CORRECTION_ALREADY_REQUESTED: {
    status: 409,
    zh: '“{stageName}”环节已发出一次性补正告知，不能再次要求补正',
    en: 'A one-time correction notice was already issued at stage "{stageNameEn}"; it cannot be repeated',
  },
  /** The applicant withdraws after an officer has handled the case. */
  WORKFLOW_WITHDRAW_TOO_LATE: { status: 409, zh: '办件已有工作人员办理，不能撤回', en: 'An officer has already handled the case; it can no longer be withdrawn' },
  /** A return (退回) or reopening names a stage that is not one already passed; lists those. */
  WORKFLOW_RETURN_TARGET_INVALID: {
    status: 400,
    zh: '只能退回已经过的环节：{target} 不在其中（可选：{passed}）',
    en: 'Only a stage already passed can be returned to: {target} is not one (passed: {passed})',
  },
  /** A transfer (转办) to a unit that already handles or signs the stage. */
  WORKFLOW_TRANSFER_TARGET_INVALID: { status: 400, zh: '不能转办给本环节已有的单位：{target}', en: 'Cannot transfer to a unit already on this stage: {target}' },
  /** The acting unit has signed already, or another unit of its any-sign (或签) group did. */
  WORKFLOW_ALREADY_SIGNED: { status: 409, zh: '本单位已签署（或或签已由其他单位完成）', en: 'Your unit has signed (or another unit of the any-sign group did)' },
  /** The acting unit must wait for units added before it (加签) or that it was added after. */
  WORKFLOW_SIGNER_WAITING: { status: 409, zh: '须等待以下单位先签署：{waitingFor}', en: 'Waiting for these units to sign first: {waitingFor}' },
  /** A decision before the stage's countersignatures are complete. */
  WORKFLOW_SIGNATURES_PENDING: { status: 409, zh: '尚有单位未签署：{pending}', en: 'Signatures are still pending from: {pending}' },
  /** 加签 of a unit that already signs at this stage. */
  WORKFLOW_SIGNER_DUPLICATE: { status: 400, zh: '{unit} 已是本环节的签署单位', en: '{unit} already signs at this stage' },
  /** Assigning or replacing experts breaks a rule (count, duplicates, not a recused expert); says which. */
  WORKFLOW_EXPERT_INVALID: { status: 400, zh: '专家安排有误：{reason}', en: 'Invalid expert assignment: {reasonEn}' },
  /** An expert declares conflicts of interest a second time. */
  WORKFLOW_EXPERT_ALREADY_DECLARED: { status: 409, zh: '已提交利益冲突声明', en: 'You have already declared your interests' },
  /** An expert scores before declaring conflicts of interest. */
  WORKFLOW_EXPERT_CONFLICT_UNDECLARED: { status: 409, zh: '请先提交利益冲突声明再评分', en: 'Declare your interests before scoring' },
  /** A recused expert (conflict of interest) tries to act on the case. */
  WORKFLOW_EXPERT_RECUSED: { status: 409, zh: '您已因利益冲突回避本案', en: 'You are recused from this case for a conflict of interest' },
  /** An expert scores a second time. */
  WORKFLOW_EXPERT_ALREADY_SCORED: { status: 409, zh: '已提交评分', en: 'You have already scored this case' },
  /** The public notice is concluded before its last day is over. */
  WORKFLOW_NOTICE_PERIOD_RUNNING: { status: 409, zh: '公示期至 {endsOn} 结束，尚不能结束公示', en: 'The public notice runs until {endsOn}; it cannot be concluded yet' },
  /** An objection after the notice period ended. */
  WORKFLOW_NOTICE_PERIOD_ENDED: { status: 409, zh: '公示期已于 {endedOn} 结束，不再受理异议', en: 'The public notice ended on {endedOn}; objections are closed' },
  /** The notice is concluded while objections are open. */
  WORKFLOW_OBJECTION_OPEN: { status: 409, zh: '尚有 {count} 条异议未处理', en: '{count} objection(s) are still open' },
  /** Resolving an objection that does not exist or is already resolved. */
  WORKFLOW_OBJECTION_NOT_FOUND: { status: 400, zh: '没有待处理的异议 {objectionId}', en: 'No open objection {objectionId}' },
  /** A payment above what remains of the approved amount. */
  WORKFLOW_DISBURSEMENT_EXCEEDS_APPROVED: {
    status: 400,
    zh: '拨付金额 {amount} 元超过核定金额的剩余部分 {remaining} 元',
    en: 'Payment of {amount} yuan exceeds the {remaining} yuan left of the approved amount',
  },
  /** Closing a disbursement stage before the approved amount is paid out. */
  WORKFLOW_DISBURSEMENT_INCOMPLETE: { status: 409, zh: '核定金额尚有 {remaining} 元未拨付', en: '{remaining} yuan of the approved amount is not paid out yet' },
  /** A case rated a second time (好差评 is given once per case). */
  WORKFLOW_RATING_ALREADY_GIVEN: { status: 409, zh: '本办件已评价', en: 'This case has already been rated' },
  /** A case of a workflow with expert review is opened without a usable rubric; says what is wrong. */
  WORKFLOW_RUBRIC_INVALID: { status: 500, zh: '流程 {definition} 的评审标准不可用：{reason}', en: 'The rubric for workflow {definition} is unusable: {reason}' },
  /** A case number cannot be formed (prefix, year or sequence out of range); names the part. */
  CASE_NUMBER_INVALID: { status: 400, zh: '办件编号有误（{field}）：{value}', en: 'Invalid case number ({field}): {value}' },
  /** An action names a case version that is no longer the current one (someone acted in between). */
  CASE_VERSION_STALE: {
    status: 409,
    zh: '办件已被他人办理（当前版本 {current}，提交的版本 {given}），请刷新后重试',
    en: 'The case was changed by someone else (current version {current}, given {given}); reload and try again',
  },
  /** A submission lacks required form fields or materials, or has wrong values; names each. */
  CASE_FORM_INVALID: { status: 400, zh: '申请信息不完整或有误：{problems}', en: 'The application is incomplete or wrong: {problems}' },
  /** An uploaded material is empty or larger than the limit. */
  CASE_MATERIAL_SIZE_INVALID: { status: 400, zh: '材料 {name} 的大小不符合要求：{reason}', en: 'Material {name} has an unacceptable size: {reason}' },
  /** An uploaded material's content is none of the accepted types (PDF, PNG, JPEG, ZIP/OOXML). */
  CASE_MATERIAL_TYPE_UNSUPPORTED: {
    status: 400,
    zh: '材料 {name} 的内容不是可接受的类型（PDF、PNG、JPEG、ZIP/Office 文档）',
    en: 'Material {name} is not an accepted type (PDF, PNG, JPEG, ZIP/Office document)',
  },
  /** An uploaded material's content does not match its file extension (a .pdf that is a PNG). */
  CASE_MATERIAL_TYPE_MISMATCH: {
    status: 400,
    zh: '材料 {name} 的扩展名与内容不符：内容为 {detected}',
    en: 'Material {name} does not match its extension: the content is {detected}',
  },
  /** A submission names material uploads that do not exist, belong to another enterprise or to another case. */
  CASE_MATERIAL_UNKNOWN: { status: 400, zh: '材料不存在或不可用：{ids}', en: 'Unknown or unusable materials: {ids}' },
  /** Only a user acting for an enterprise may submit a case or upload materials. */
  CASE_APPLICANT_REQUIRED: { status: 403, zh: '请以企业身份提交申请', en: 'Act for an enterprise to apply' },
  /** The applicant enterprise lies outside the zone: no route takes its case. */
  CASE_OUTSIDE_ZONE: { status: 400, zh: '申请企业不在园区范围内：{reason}', en: 'The applicant is outside the zone: {reasonEn}' },
  /** The policy's case type has no workflow in the zone pack. */
  CASE_WORKFLOW_MISSING: { status: 400, zh: '政策 {policyId}（{caseType}）暂无办理流程', en: 'Policy {policyId} ({caseType}) has no workflow yet' },
  /** Experts named in an assignment are not users of the expert pool. */
  CASE_EXPERT_UNKNOWN: { status: 400, zh: '不是评审专家：{userIds}', en: 'Not experts of the pool: {userIds}' },
  /** Document rendering cannot start: the CJK font file is missing (install fonts-noto-cjk). */
  DOCUMENT_FONT_MISSING: { status: 503, zh: '缺少中文字体文件：{path}（请安装 fonts-noto-cjk）', en: 'The CJK font is missing: {path} (install fonts-noto-cjk)' },
  /** A precondition changed under the caller (stale version, concurrent edit). */
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The data was changed by someone else; reload and try again' },
  /** A bug or an unexpected failure; the log has the details under the request id. */
  INTERNAL: { status: 500, zh: '服务器内部错误（请求编号 {requestId}）', en: 'Internal server error (request id {requestId})' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof catalogue;

/** The codes as typed constants, so call sites write `ErrorCode.NOT_FOUND` and never a free string. */
export const ErrorCode = Object.fromEntries(Object.keys(catalogue).map((code) => [code, code])) as {
  readonly [K in ErrorCode]: K;
};

export type ErrorDetails = Record<string, unknown>;

/** 应用错误 — a failure with a stable code and the details its message needs. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(renderErrorMessage(code, details, 'en'), options);
    this.name = 'AppError';
  }

  get status(): number {
    return catalogue[this.code].status;
  }

  localizedMessage(locale: Locale): string {
    return renderErrorMessage(this.code, this.details, locale);
  }
}

export function renderErrorMessage(code: ErrorCode, details: ErrorDetails, locale: Locale): string {
  const template = locale === 'zh-CN' ? catalogue[code].zh : catalogue[code].en;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => formatDetail(details[key]));
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

function formatDetail(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatDetail).join('; ');
  return String(value);
}
