/** Whether text is a web page (checked without loading the HTML parser). */
export function looksLikeHtml(text: string): boolean {
	return /^\s*(?:<!doctype html|<html|<head|<meta|<body|<div|<p[\s>])/i.test(text.slice(0, 2000));
}
