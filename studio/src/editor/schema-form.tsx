import type { ReactNode } from 'react';
import type { Field } from './fields-from-json-schema.js';
import { FormContext, type FormContextValue, idOf, useFormContext } from './form-context.js';
import type { FormSection } from './form-sections-of.js';
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

/** Inside an object, what the worker measures or only a tinkerer changes: folded under "More settings". */
const TECHNICAL_KEYS = new Set([
	'focalPath',
	'sourceDurationSeconds',
	'playbackRate',
	'durationInSeconds',
	'minGapMs',
	'maxGapSeconds',
	'intervalSeconds',
	'easing',
	'duckTo',
]);

const ObjectFields = ({ fields, path, value }: { fields: readonly Field[]; path: ValuePath; value: unknown }) => {
	const object = asObject(value);
	const nested = path.length > 0;
	const main = nested ? fields.filter((field) => !TECHNICAL_KEYS.has(field.key)) : fields;
	const technical = nested ? fields.filter((field) => TECHNICAL_KEYS.has(field.key)) : [];
	return (
		<>
			{main.map((field) => (
				<FieldView key={field.key} field={field} path={[...path, field.key]} value={object[field.key]} />
			))}
			{technical.length > 0 ? (
				<details className="more-settings">
					<summary>More settings</summary>
					{technical.map((field) => (
						<FieldView key={field.key} field={field} path={[...path, field.key]} value={object[field.key]} />
					))}
				</details>
			) : null}
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

/**
 * The editor's form: the props in sections ordered by what a creator edits (formSectionsOf), "Advanced" folded;
 * `slots` puts a control of its own into a section (the voiceover panel into "Voice and music").
 */
/** A section holding one group of the same name ("Captions" in "Captions") shows the group's fields without a second title. */
const SectionFields = ({ section, value }: { section: FormSection; value: Record<string, unknown> }) => {
	const [only] = section.fields;
	if (section.fields.length === 1 && only?.kind === 'object' && only.label === section.title) {
		return <ObjectFields fields={only.fields} path={[only.key]} value={value[only.key]} />;
	}
	return <ObjectFields fields={section.fields} path={[]} value={value} />;
};

export const SectionedSchemaForm = ({
	sections,
	value,
	context,
	slots = {},
}: {
	sections: readonly FormSection[];
	value: Record<string, unknown>;
	context: FormContextValue;
	slots?: Record<string, ReactNode>;
}) => (
	<FormContext.Provider value={context}>
		<div className="schema-form">
			{sections.map((section) =>
				section.collapsed ? (
					<details key={section.id} className="form-section advanced" data-section={section.id}>
						<summary>{section.title}</summary>
						{slots[section.id]}
						<SectionFields section={section} value={value} />
					</details>
				) : (
					<section key={section.id} className="form-section" data-section={section.id} aria-label={section.title}>
						<h2>{section.title}</h2>
						{slots[section.id]}
						<SectionFields section={section} value={value} />
					</section>
				),
			)}
		</div>
	</FormContext.Provider>
);
