/** 错误定义 — how one error code is shown: its HTTP status and its message in each language. */
export interface ErrorSpec {
  /** HTTP status used when this error leaves the API. */
  status: number;
  /** Message templates; `{name}` is replaced from the error's details. */
  zh: string;
  en: string;
}
