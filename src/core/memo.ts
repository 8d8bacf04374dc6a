/** The one get-or-create of jcfz's caches (Map or WeakMap): the value under `key`, made and stored on first use. */
export function getOrCreate<K, V>(
	map: {get(key: K): V | undefined; set(key: K, value: V): unknown},
	key: K,
	make: () => V,
): V {
	let value = map.get(key);
	if (value === undefined) {
		value = make();
		map.set(key, value);
	}
	return value;
}
