import type { Field } from './fields-from-json-schema.js';
import { FormContext, type FormContextValue, idOf, useFormContext } from './form-context.js';
import { initialValueOf } from './initial-value-of.js';
import { ScalarInput } from './scalar-input.js';
import type { ValuePath } from './set-value-at.js';

const FieldError = ({ path }: { path: ValuePath }) => {
	const message = useFormContext().issues[path.join('.')];
	return message ? (
		<span className="field-error" id={`${idOf(path)}-error`} role="alert">
			{message}
		</span>
	) : null;
};

const Hint = ({ text }: { text: string | null }) => (text ? <span className="hint">{text}</span> : null);

const isCompact = (field: Field) =>
	field.kind === 'object' && field.fields.length <= 4 && field.fields.every((child) => child.kind !== 'object' && child.kind !== 'list');

const asObject = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const ListField = ({ field, path, value }: { field: Extract<Field, { kind: 'list' }>; path: ValuePath; value: unknown }) => {
	const { onChange } = useFormContext();
	const items = Array.isArray(value) ? value : [];
	const compact = isCompact(field.item);
	const canAdd = field.maxItems === null || items.length < field.maxItems;
	return (
		<fieldset className="group">
			<legend>
				{field.label} ({items.length})
			</legend>
			<Hint text={field.description} />
			<FieldError path={path} />
			<ol className={compact ? 'list compact' : 'list'}>
				{items.map((item, index) => (
					// Items have no identity of their own; their position is what the props mean by them.
					// biome-ignore lint/suspicious/noArrayIndexKey: see above
					<li key={index} className="list-item">
						<div className="list-item-fields">
							{field.item.kind === 'object' ? (
								<ObjectFields fields={field.item.fields} path={[...path, index]} value={item} />
							) : (
								<FieldView field={{ ...field.item, label: `${field.label} ${index + 1}` }} path={[...path, index]} value={item} />
							)}
						</div>
						<button
							type="button"
							className="remove"
							aria-label={`Remove ${field.label.toLowerCase()} ${index + 1}`}
							disabled={items.length <= field.minItems}
							onClick={() => onChange(path, items.toSpliced(index, 1))}
						>
							Remove
						</button>
					</li>
				))}
			</ol>
			<button type="button" disabled={!canAdd} onClick={() => onChange(path, [...items, initialValueOf(field.item)])}>
				Add to {field.label.toLowerCase()}
			</button>
		</fieldset>
	);
};

const VariantsField = ({ field, path, value }: { field: Extract<Field, { kind: 'variants' }>; path: ValuePath; value: unknown }) => {
	const { onChange } = useFormContext();
	const object = asObject(value);
	const current = field.variants.find((variant) => variant.value === object[field.discriminator]) ?? field.variants[0];
	const selectId = idOf([...path, field.discriminator]);
	return (
		<fieldset className="group">
			<legend>{field.label}</legend>
			<label htmlFor={selectId}>{field.discriminator}</label>
			<select
				id={selectId}
				value={current?.value ?? ''}
				onChange={(event) => {
					const variant = field.variants.find((candidate) => candidate.value === event.target.value);
					if (variant)
						onChange(path, { ...(initialValueOf({ ...field, kind: 'object', fields: variant.fields }) as object), [field.discriminator]: variant.value });
				}}
			>
				{field.variants.map((variant) => (
					<option key={variant.value} value={variant.value}>
						{variant.value}
					</option>
				))}
			</select>
			{current ? <ObjectFields fields={current.fields} path={path} value={value} /> : null}
		</fieldset>
	);
};

const ObjectField = ({ field, path, value }: { field: Extract<Field, { kind: 'object' }>; path: ValuePath; value: unknown }) => {
	const { onChange } = useFormContext();
	const optional = !field.required && field.defaultValue === undefined;
	const toggleId = `${idOf(path)}-enabled`;
	return (
		<fieldset className="group">
			<legend>{field.label}</legend>
			<Hint text={field.description} />
			{optional ? (
				<label className="inline" htmlFor={toggleId}>
					<input
						id={toggleId}
						type="checkbox"
						checked={value !== undefined}
						onChange={(event) => onChange(path, event.target.checked ? initialValueOf(field) : undefined)}
					/>
					Include {field.label.toLowerCase()}
				</label>
			) : null}
			<FieldError path={path} />
			{value !== undefined || !optional ? <ObjectFields fields={field.fields} path={path} value={value} /> : null}
		</fieldset>
	);
};

const FieldView = ({ field, path, value }: { field: Field; path: ValuePath; value: unknown }) => {
	switch (field.kind) {
		case 'object':
			return <ObjectField field={field} path={path} value={value} />;
		case 'list':
			return <ListField field={field} path={path} value={value} />;
		case 'variants':
			return <VariantsField field={field} path={path} value={value} />;
		default: {
			const shown = value === undefined && field.defaultValue !== undefined && field.kind !== 'json' ? field.defaultValue : value;
			return (
				<div className={field.kind === 'boolean' ? 'field inline' : 'field'}>
					<label htmlFor={idOf(path)}>
						{field.label}
						{field.required ? <span aria-hidden="true"> *</span> : null}
					</label>
					<ScalarInput field={field} path={path} value={shown} />
					<Hint text={field.description} />
					<FieldError path={path} />
				</div>
			);
		}
	}
};

const ObjectFields = ({ fields, path, value }: { fields: readonly Field[]; path: ValuePath; value: unknown }) => {
	const object = asObject(value);
	return (
		<>
			{fields.map((field) => (
				<FieldView key={field.key} field={field} path={[...path, field.key]} value={object[field.key]} />
			))}
		</>
	);
};

/** A form for a template's props, generated from its JSON Schema; changes arrive as (path, value) through `context.onChange`. */
export const SchemaForm = ({ fields, value, context }: { fields: readonly Field[]; value: Record<string, unknown>; context: FormContextValue }) => (
	<FormContext.Provider value={context}>
		<div className="schema-form">
			<ObjectFields fields={fields} path={[]} value={value} />
		</div>
	</FormContext.Provider>
);
