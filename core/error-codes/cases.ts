/** 办件的错误 — workflows, working-day calendars, cases and their documents. Merged into the one catalogue of core/errors.ts. */
import type { ErrorSpec } from './error-spec';

export const caseErrors = {
  /** A calendar date, instant or working-day count is malformed (an ISO instant must carry its offset); names the field. */
  CALENDAR_DATE_INVALID: { status: 400, zh: '日期有误（{field}）：{value}', en: 'Invalid date ({field}): {value}' },
  /** A working-day override (admin calendar table) is malformed or lists a day twice; names the entry and field. */
  CALENDAR_OVERRIDE_INVALID: { status: 400, zh: '工作日调整有误（{path}）：{reason}', en: 'Invalid calendar override ({path}): {reason}' },
  /** An administrator adds an override for a day that already has one in the zone; remove it first. */
  CALENDAR_OVERRIDE_EXISTS: { status: 409, zh: '{date} 已有工作日调整，请先删除后再添加', en: '{date} already has a calendar override; remove it first' },
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
} as const satisfies Record<string, ErrorSpec>;
