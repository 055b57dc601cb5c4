/**
 * 错误 — the one error type of the platform. Every failure a user or operator can meet is an AppError with a
 * stable code; the HTTP layer maps the code to a status once, and the message catalogue below renders it in the
 * caller's language. Platform codes are below; each domain keeps its codes in core/error-codes, merged here into
 * the one catalogue.
 */

import type { ErrorSpec } from './error-codes/error-spec';
import { caseErrors } from './error-codes/cases';
import { registryErrors } from './error-codes/registry';
import { policyErrors } from './error-codes/rules';
import { tableErrors } from './error-codes/tabular';

export type Locale = 'zh-CN' | 'en';

/** Stable error codes. The comment on each says when it is thrown. */
export const platformErrors = {
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
  /** A precondition changed under the caller (stale version, concurrent edit). */
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The data was changed by someone else; reload and try again' },
  /** A bug or an unexpected failure; the log has the details under the request id. */
  INTERNAL: { status: 500, zh: '服务器内部错误（请求编号 {requestId}）', en: 'Internal server error (request id {requestId})' },
} as const satisfies Record<string, ErrorSpec>;

/** Every code: the platform's own and each domain's. */
const catalogue = { ...platformErrors, ...policyErrors, ...tableErrors, ...registryErrors, ...caseErrors };

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
