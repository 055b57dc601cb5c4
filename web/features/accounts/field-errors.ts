import type { ApiError } from '../../app/api';

/** 表单字段错误 — what antd's form.setFields takes. */
export interface FieldError<F extends string = string> {
  name: F;
  errors: string[];
}

// Errors that concern one field without saying so in `details.field`.
const implicitFields: Record<string, string> = { USERNAME_TAKEN: 'username' };

/**
 * The server names the field it rejects: `details.field` ("creditCode"), or `details.fields` of a schema failure
 * ("body.contactPhone", with the schema's own words). Those of this form get the message beside them; an error
 * naming none of them returns [] and belongs above the form.
 */
export function fieldErrorsOf<F extends string>(error: ApiError, formFields: readonly F[]): FieldError<F>[] {
  const details = error.details ?? {};
  const found = new Map<F, string[]>();
  const isFormField = (name: string): name is F => (formFields as readonly string[]).includes(name);
  const add = (field: unknown, message: string) => {
    const name = typeof field === 'string' ? fieldNameOf(field) : undefined;
    if (name && isFormField(name)) found.set(name, [...(found.get(name) ?? []), message]);
  };
  if (Array.isArray(details.fields)) {
    for (const issue of details.fields as unknown[]) {
      const { field, message } = (issue ?? {}) as { field?: unknown; message?: unknown };
      add(field, typeof message === 'string' && message ? message : error.message);
    }
  }
  add(details.field ?? implicitFields[error.code], error.message);
  return [...found].map(([name, errors]) => ({ name, errors }));
}

// "body.unitIds.0" → "unitIds"; "creditCode" → "creditCode".
function fieldNameOf(path: string): string | undefined {
  const segments = path.split('.');
  if (['body', 'querystring', 'params'].includes(segments[0]!)) segments.shift();
  return segments[0];
}
