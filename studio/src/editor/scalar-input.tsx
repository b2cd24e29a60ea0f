import { useEffect, useState } from 'react';
import type { ScalarField } from './fields-from-json-schema.js';
import { idOf, useFormContext } from './form-context.js';
import type { ValuePath } from './set-value-at.js';

const HEX6 = /^#[0-9a-fA-F]{6}$/;

const JsonInput = ({ id, value, onChange }: { id: string; value: unknown; onChange: (value: unknown) => void }) => {
	const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 1));
	const [error, setError] = useState<string | null>(null);
	useEffect(() => setText(JSON.stringify(value ?? {}, null, 1)), [value]);
	return (
		<>
			<textarea
				id={id}
				rows={3}
				value={text}
				onChange={(event) => setText(event.target.value)}
				onBlur={() => {
					try {
						onChange(JSON.parse(text));
						setError(null);
					} catch {
						setError('not valid JSON');
					}
				}}
			/>
			{error ? <span className="field-error">{error}</span> : null}
		</>
	);
};

/** The input for one scalar field; `undefined` from an emptied optional field removes the prop. */
export const ScalarInput = ({ field, path, value }: { field: ScalarField; path: ValuePath; value: unknown }) => {
	const { onChange, mediaOptions } = useFormContext();
	const id = idOf(path);
	const set = (next: unknown) => onChange(path, next);
	switch (field.kind) {
		case 'boolean':
			return <input id={id} type="checkbox" checked={value === true} onChange={(event) => set(event.target.checked)} />;
		case 'number':
			return (
				<input
					id={id}
					type="number"
					min={field.min ?? undefined}
					max={field.max ?? undefined}
					step={field.step}
					value={typeof value === 'number' ? value : ''}
					onChange={(event) => set(event.target.value === '' ? undefined : Number(event.target.value))}
				/>
			);
		case 'enum':
			return (
				<select
					id={id}
					value={value === undefined ? '' : String(value)}
					onChange={(event) => set(field.options.find((option) => String(option) === event.target.value) ?? undefined)}
				>
					{value === undefined ? <option value="">(default)</option> : null}
					{field.options.map((option) => (
						<option key={String(option)} value={String(option)}>
							{String(option)}
						</option>
					))}
				</select>
			);
		case 'color':
			return (
				<span className="color-input">
					<input
						type="color"
						aria-label={`Pick ${field.label.toLowerCase()}`}
						value={typeof value === 'string' && HEX6.test(value) ? value : '#000000'}
						onChange={(event) => set(event.target.value.toUpperCase())}
					/>
					<input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(event) => set(event.target.value || undefined)} />
				</span>
			);
		case 'media':
			return (
				<span className="media-input">
					<input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(event) => set(event.target.value)} />
					<select
						aria-label={`Pick ${field.label.toLowerCase()} from the library`}
						value=""
						onChange={(event) => event.target.value && set(event.target.value)}
					>
						<option value="">From library…</option>
						{mediaOptions.map((option) => (
							<option key={option.src} value={option.src}>
								{option.label}
							</option>
						))}
					</select>
				</span>
			);
		case 'json':
			return <JsonInput id={id} value={value} onChange={set} />;
		case 'text':
			return field.multiline ? (
				<textarea id={id} rows={3} value={typeof value === 'string' ? value : ''} onChange={(event) => set(event.target.value)} />
			) : (
				<input
					id={id}
					type="text"
					maxLength={field.maxLength ?? undefined}
					value={typeof value === 'string' ? value : ''}
					onChange={(event) => set(field.required || event.target.value !== '' ? event.target.value : undefined)}
				/>
			);
	}
};
