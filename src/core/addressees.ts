/**
 * Whom a report is addressed to and who issues it, as the lines of its head say: organs of government and party
 * (省委, 市人民政府, 县人大常委会, 司法局) and the persons a speech addresses (主任、副主任、秘书长、各位委员). Pure.
 */

/** An organ of government or party, as salutations and issuer lines name them: 省委 市人民政府 县人大常委会 司法局. */
const ORGAN =
	/^(?:中共|中国共产党)?[\u4e00-\u9fff]{0,14}?(?:委员会|常委会|人民政府|政府|党委|党组|委|办公室|办|局|厅|部)$/u;

/** Whether a text names organs only, one or several (`省委、省政府`). */
export function namesOrgans(text: string): boolean {
	const parts = text.split(/[、，\s]+|和|及/).filter(Boolean);
	return parts.length > 0 && parts.every(p => ORGAN.test(p));
}

/** `省委、省政府：`, `中共嘉兴市委、嘉兴市人民政府：` — whom a report is addressed to. */
export function isSalutation(text: string): boolean {
	const t = text.trim();
	return (
		t.length <= 41 && t.endsWith('：') && !/\d/.test(t) && (namesOrgans(t.slice(0, -1)) || persons(t.slice(0, -1)))
	);
}

/** Whom a speech addresses: `主任、副主任、秘书长、各位委员`, `尊敬的各位代表`, `王主任、各位副主任`. */
const PERSON = /^(?:尊敬的)?(?:各位)?[\u4e00-\u9fff]{0,4}?(?:副?主任|秘书长|委员|代表|常委|副?主席|领导|同志们?)$/u;

function persons(text: string): boolean {
	const parts = text.split(/[、，\s]+|和|及/).filter(Boolean);
	return parts.length > 0 && parts.every(p => PERSON.test(p));
}
