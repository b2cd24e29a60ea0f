import { createContext, useContext } from 'react';
import type { ValuePath } from './set-value-at.js';

export type MediaOption = { label: string; src: string };

export type FormContextValue = {
	/** First validation message per dotted path. */
	issues: Record<string, string>;
	onChange: (path: ValuePath, value: unknown) => void;
	/** Sample media and imported clips a media field can pick from. */
	mediaOptions: readonly MediaOption[];
};

export const FormContext = createContext<FormContextValue>({ issues: {}, onChange: () => {}, mediaOptions: [] });

export const useFormContext = () => useContext(FormContext);

export const idOf = (path: ValuePath) => `field-${path.join('-')}`;
