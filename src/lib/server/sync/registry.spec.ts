import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { entitySpecs } from '$lib/shared/sync/entities';
import { bindings, serverEntities } from '$lib/server/sync/registry';

describe('the sync registry', () => {
	it('names every spec by its key and binds each to a table', () => {
		for (const [key, spec] of Object.entries(entitySpecs)) expect(spec.name).toBe(key);
		expect(Object.keys(bindings).sort()).toEqual(Object.keys(entitySpecs).sort());
		expect(serverEntities.map((e) => e.spec.name)).toEqual(Object.keys(bindings));
	});

	it('has a column of the same nullability for every spec field', () => {
		const mismatches: string[] = [];
		for (const { spec, table } of serverEntities) {
			const columns = getTableColumns(table);
			for (const [field, schema] of Object.entries(spec.fields.shape as Record<string, z.ZodType>)) {
				const column = columns[field];
				if (!column) {
					mismatches.push(`${spec.name}.${field}: no column`);
					continue;
				}
				const nullable = schema.safeParse(null).success;
				if (column.notNull === nullable) mismatches.push(`${spec.name}.${field}: ${nullable ? 'nullable' : 'required'} in the spec, ${column.notNull ? 'not null' : 'nullable'} in the table`);
			}
		}
		expect(mismatches).toEqual([]);
	});
});
