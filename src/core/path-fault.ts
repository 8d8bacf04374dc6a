/**
 * What a file-system error on a path means to the person who typed the path, in one line. Pure: it maps an
 * error's code; the shells (the store, the CLI's input reader, the last-resort handler in main.ts) use it so that
 * a typo in a path (`/etc/passwd/x.txt`, a loop of links, a 300-character name) is never a stack trace.
 */
import {JcfzError, type ErrorKind} from './errors.js';

const REASONS: Readonly<Record<string, readonly [string, string]>> = {
	ENOENT: ['no such file or folder', '文件或文件夹不存在'],
	ENOTDIR: ['a part of the path is a file, not a folder', '路径中有一段是文件而不是文件夹'],
	ELOOP: ['the path goes round a loop of symbolic links', '路径中的符号链接形成了循环'],
	ENAMETOOLONG: ['the name is too long', '名字太长'],
	EACCES: ['permission denied', '没有权限'],
	EPERM: ['permission denied', '没有权限'],
	EISDIR: ['it is a directory', '这是一个目录'],
};

/** Whether `error` is a file-system error this module can put in words. */
export function isPathFault(error: unknown): error is NodeJS.ErrnoException {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return typeof code === 'string' && code in REASONS;
}

/** `path: cannot read (CODE: reason); check the path`, as an error of `kind`. */
export function pathFault(path: string, error: NodeJS.ErrnoException, kind: ErrorKind, verb = 'read'): JcfzError {
	const code = error.code ?? '';
	const [en, zh] = REASONS[code] ?? [code, code];
	const zhVerb = verb === 'read' ? '读取' : verb === 'write' ? '写入' : '打开';
	return new JcfzError(
		kind,
		`cannot ${verb} ${path} (${code}: ${en}); check the path`,
		`无法${zhVerb} ${path}（${code}：${zh}）；请检查路径`,
	);
}
