// The layout table read against @iabgpp/cmpapi 3.2.0 itself: the same US sections and ids, and
// for each one the same fields in the same order, the same list lengths and the same sub-sections.
import { GppModel, Sections } from '@iabgpp/cmpapi';
import { expect, it } from 'vitest';
import { FIELD_NAMES, LAYOUTS, PREFIXES, sectionId } from './tables';

it('lists every US section the library encodes, by its id', () => {
  const library = [...Sections.SECTION_ID_NAME_MAP].filter(([, name]) => /^us(?!pv)/.test(name));
  expect(library).toHaveLength(21);
  expect(library).toEqual(PREFIXES.map((prefix) => [sectionId(prefix), prefix]));
  expect(LAYOUTS).toHaveLength(PREFIXES.length);
  expect(sectionId('uspv1')).toBeUndefined();
});

it.each(PREFIXES)('%s: the fields, their order, list lengths and sub-sections of the library', (prefix) => {
  const model = new GppModel();
  // Setting one field makes the library create the section with all its defaults.
  model.setFieldValue(prefix, 'SaleOptOut', 1);
  const library = (new GppModel(model.encode()).toObject() as Record<string, Record<string, unknown>>)[prefix]!;
  const ours = LAYOUTS[sectionId(prefix)! - 7]!.split('.').map((part) =>
    [...part.matchAll(/(\w)(\d*)/g)].map(([, code, length]) => [FIELD_NAMES[code!], length ? Number(length) : 'one']),
  );
  expect(ours.flat()).toEqual(Object.entries(library).map(([name, value]) => [name, Array.isArray(value) ? value.length : 'one']));
  expect(ours).toHaveLength(model.encodeSection(prefix).split('.').length);
  // The second sub-section starts where the library's does: its GPC type, or the sensitive-data list.
  if (ours[1]) expect(['GpcSegmentType', 'SensitiveDataProcessing']).toContain(ours[1][0]![0]);
});
