import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A date field that holds 'YYYY-MM-DD' text, the form the API speaks, rather than the picker's date objects; an
 * invalid or cleared date is undefined.
 */
export function DateInput({
  value,
  onChange,
  id,
  placeholder,
  disabledBefore,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
  /** Dates on or before this one cannot be picked. */
  disabledBefore?: string;
}) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      format="YYYY-MM-DD"
      placeholder={placeholder}
      style={{ width: '100%' }}
      disabledDate={disabledBefore ? (day) => day.format('YYYY-MM-DD') <= disabledBefore : undefined}
      onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : undefined)}
    />
  );
}
