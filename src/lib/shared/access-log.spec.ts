import { describe, expect, it } from 'vitest';
import { groupAccessLog } from './access-log';
import type { AccessLogView } from './sharing';

const row = (viewerName: string, section: AccessLogView['section'], at: string, allowed = true): AccessLogView => ({
	viewerName,
	organisationName: 'Werkplein Twente',
	section,
	allowed,
	at
});

describe('groupAccessLog', () => {
	it('makes one line of a party, a day and the sections seen, however often the page loaded', () => {
		const visits = groupAccessLog([
			row('Ada', 'skills', '2026-12-02T09:00:00Z'),
			row('Ada', 'profiel', '2026-12-02T09:00:00Z'),
			row('Ada', 'skills', '2026-12-02T09:05:00Z'),
			row('Ada', 'profiel', '2026-12-02T09:05:00Z'),
			row('Ada', 'evc', '2026-12-02T09:05:00Z', false)
		]);
		expect(visits).toEqual([
			{ viewerName: 'Ada', organisationName: 'Werkplein Twente', day: '2026-12-02', lastAt: '2026-12-02T09:05:00Z', seen: ['profiel', 'skills'], refused: ['evc'] }
		]);
	});

	it('keeps other days and other parties apart, newest first, days on the Twente clock', () => {
		const visits = groupAccessLog([
			row('Ada', 'skills', '2026-12-01T10:00:00Z'),
			row('Ada', 'skills', '2026-12-01T23:30:00Z'),
			row('Bo', 'skills', '2026-12-01T11:00:00Z')
		]);
		expect(visits.map((v) => [v.viewerName, v.day])).toEqual([
			['Ada', '2026-12-02'],
			['Bo', '2026-12-01'],
			['Ada', '2026-12-01']
		]);
	});
});
