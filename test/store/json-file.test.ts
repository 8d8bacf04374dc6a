/**
 * The check a store document passes before it is parsed (store/json-file.ts): a key its top-level object holds
 * twice, and nesting past 100 levels, found with strings skipped whole — escapes included.
 */
import {describe, expect, test} from 'vitest';
import {parseJsonDocument} from '../../src/store/json-file.js';

const parse = (text: string): unknown => parseJsonDocument('doc.json', text, value => value);
const refusal = (text: string): string => {
	try {
		parse(text);
		return 'read';
	} catch (error) {
		return (error as Error).message;
	}
};

describe('a document read before it is parsed', () => {
	test('a top-level key twice is refused, named as written', () => {
		expect(refusal('{"bodies": [1], "bodies" : []}')).toBe(
			'doc.json: the key "bodies" stands twice (hand-edited?): one would silently hide the other; fix or restore it',
		);
		expect(refusal('{"a\\"b": 1, "a\\"b": 2}')).toBe(
			'doc.json: the key "a\\"b" stands twice (hand-edited?): one would silently hide the other; fix or restore it',
		);
	});

	test('quotes, brackets and colons inside strings are text, an escaped backslash ends before its quote', () => {
		expect(parse('{"a": "\\"bodies\\": [{", "b": "x\\\\", "c": ": }]"}')).toEqual({
			a: '"bodies": [{',
			b: 'x\\',
			c: ': }]',
		});
		// Read as an escaped quote, the backslash would hide the second "q" inside a string.
		expect(refusal('{"p": "\\\\", "q": 1, "q": 2}')).toBe(
			'doc.json: the key "q" stands twice (hand-edited?): one would silently hide the other; fix or restore it',
		);
		// The same words as a value and a key, and a key twice one level down: no duplicate at the top.
		expect(parse('{"a": "b", "b": {"c": 1, "c": 2}}')).toEqual({a: 'b', b: {c: 2}});
	});

	test('nesting past 100 levels is refused at the character it passes; 100 levels are read', () => {
		expect(refusal(`${'['.repeat(101)}${']'.repeat(101)}`)).toBe(
			'doc.json: arrays or objects nested more than 100 deep (at character 100): not a jcfz document (hand-edited?); restore it from a backup',
		);
		expect(refusal(`{"s": "${'['.repeat(200)}", "n": ${'['.repeat(99)}${']'.repeat(99)}}`)).toBe('read');
	});
});
