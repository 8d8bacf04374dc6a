/**
 * The backups folder (`jcfz.backups/` beside the index): every report a change took out of the store — replaced by
 * a new version, moved to another region or year, removed — as it was stored, one file each, never overwritten.
 *
 * A backup's file name says what it is: `<body key>.<year>.<when>.<8 hex>.<why>.json` (backups written before
 * the reason was kept have none: they were all replacements). The 8 hex digits are its id (`jcfz restore ID`).
 */
import {promises as fsp} from 'node:fs';
import {join} from 'node:path';
import {randomHex} from '../core/lazy-crypto.js';
import {JcfzError} from '../core/errors.js';
import {AtomicTextFile, writeFileAtomic} from './atomic-file.js';
import {checkRecord, entryOf, type ReportEntry, type StoredRecord} from './documents.js';
import {parseJsonDocument} from './json-file.js';
import {isBodyKey} from './keys.js';

export const BACKUP_REASONS = ['replace', 'move', 'remove'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupName {
	/** The 8 hex digits that name it. */
	readonly id: string;
	readonly file: string;
	readonly body: string;
	readonly year: number;
	/** When it was taken, ISO. */
	readonly when: string;
	readonly why: BackupReason;
}

/** A backup with what it holds. */
export interface Backup extends BackupName {
	readonly entry: ReportEntry;
	readonly record: StoredRecord;
}

const NAME =
	/^(.+)\.(\d{4})\.(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.([0-9a-f]{8})(?:\.(replace|move|remove))?\.json$/;

export function parseBackupName(file: string): BackupName | undefined {
	const m = NAME.exec(file);
	if (!m || !isBodyKey(m[1]!)) return undefined;
	return {
		id: m[7]!,
		file,
		body: m[1]!,
		year: Number(m[2]),
		when: `${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`,
		why: (m[8] as BackupReason | undefined) ?? 'replace',
	};
}

function cannotBackUp(folder: string, error: unknown): JcfzError {
	const code =
		(error as NodeJS.ErrnoException).code ?? /\((E[A-Z]+)/.exec(String((error as Error).message))?.[1] ?? 'error';
	return new JcfzError(
		'data',
		`cannot keep a backup in ${folder} (${code}); the store is unchanged: make that folder writable, or move away what is in its place`,
		`无法在 ${folder} 保存备份（${code}）；库未改动：请让该文件夹可写，或移走占用该位置的文件`,
	);
}

/** Writes a backup of `record` (of body `key`) under a name no other backup has; returns its path. */
export async function writeBackup(
	folder: string,
	key: string,
	record: StoredRecord,
	why: BackupReason,
): Promise<string> {
	const year = 'legacy' in record ? record.report.year : record.year;
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const path = join(folder, `${key}.${year}.${stamp}.${randomHex(4)}.${why}.json`);
	try {
		await writeFileAtomic(path, `${JSON.stringify(record)}\n`);
	} catch (error) {
		throw cannotBackUp(folder, error);
	}
	return path;
}

/** The backups in `folder`, oldest first (by name only: nothing is read). */
export async function backupNames(folder: string): Promise<BackupName[]> {
	const names = await fsp.readdir(folder).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [] as string[];
		throw error;
	});
	return names
		.flatMap(name => parseBackupName(name) ?? [])
		.sort((a, b) => (a.when === b.when ? (a.id < b.id ? -1 : 1) : a.when < b.when ? -1 : 1));
}

/** Reads and checks one backup. */
export async function readBackup(folder: string, name: BackupName): Promise<Backup> {
	const path = join(folder, name.file);
	const text = await new AtomicTextFile(path).read();
	if (text === null)
		throw new JcfzError(
			'not-found',
			`backup ${name.id} is gone (${path}); run jcfz backups to see those kept`,
			`备份 ${name.id} 已不存在（${path}）；用 jcfz backups 查看现有备份`,
		);
	const record = parseJsonDocument(path, text, checkRecord);
	return {...name, record, entry: entryOf(record, name.body)};
}

/** The backup an id (or a unique start of one, or its file name) names. */
export function findBackup(names: readonly BackupName[], wanted: string): BackupName {
	const w = wanted.trim().toLowerCase();
	const found = names.filter(n => n.file === wanted || (w.length >= 4 && n.id.startsWith(w)));
	if (found.length === 1) return found[0]!;
	if (found.length > 1)
		throw new JcfzError(
			'usage',
			`"${wanted}" names ${found.length} backups (${found.map(n => n.id).join(', ')}): give more of the id`,
			`“${wanted}”对应 ${found.length} 个备份（${found.map(n => n.id).join('、')}）：请写出更多位`,
		);
	throw new JcfzError(
		/^[0-9a-f]{4,8}$/i.test(w) ? 'not-found' : 'usage',
		/^[0-9a-f]{4,8}$/i.test(w)
			? `no backup ${wanted}: run jcfz backups to see the ids of those kept`
			: `"${wanted}" is not a backup id (8 hex digits, e.g. 3fa91c02): run jcfz backups to see them`,
		/^[0-9a-f]{4,8}$/i.test(w)
			? `没有备份 ${wanted}：用 jcfz backups 查看现有备份的编号`
			: `“${wanted}”不是备份编号（8 位十六进制，如 3fa91c02）：用 jcfz backups 查看`,
	);
}
