import type { Provider } from '$lib/shared/matching/catalogue-schema';

type Def = Omit<Provider, 'demo' | 'description' | 'website'> & { description?: string; website?: string | null };

/** Real schools keep their real names; every employer and private provider is made up ("Demo …"). */
const DEFS: readonly Def[] = [
	{ id: 'roc-van-twente', name: 'ROC van Twente', kind: 'mbo', gemeenteId: 'hengelo', website: 'https://www.rocvantwente.nl', description: 'Mbo-opleidingen BOL en BBL, certificaten en maatwerk voor volwassenen.' },
	{ id: 'saxion', name: 'Saxion', kind: 'hbo', gemeenteId: 'enschede', website: 'https://www.saxion.nl', description: 'Hogeschool met deeltijd- en associate-degreeopleidingen.' },
	{ id: 'universiteit-twente', name: 'Universiteit Twente', kind: 'wo', gemeenteId: 'enschede', website: 'https://www.utwente.nl', description: 'Universiteit met masters en korte programma’s voor professionals.' },
	{ id: 'zone-college', name: 'Zone.college', kind: 'mbo', gemeenteId: 'almelo', website: 'https://www.zone.college', description: 'Groen mbo: voeding, dier, groen en buitenruimte.' },
	{ id: 'aoc-oost', name: 'AOC Oost', kind: 'mbo', gemeenteId: 'almelo', website: null, description: 'Vroegere naam van Zone.college. Staat erin omdat oudere diploma’s en certificaten deze naam dragen.' },
	{ id: 'demo-techniekacademie', name: 'Demo Techniekacademie Twente', kind: 'particulier', gemeenteId: 'hengelo', description: 'Korte technische trainingen: lassen, elektrotechniek, PLC.' },
	{ id: 'demo-veiligheidsinstituut', name: 'Demo Veiligheidsinstituut Oost', kind: 'particulier', gemeenteId: 'almelo', description: 'VCA, BHV, heftruck en werken op hoogte.' },
	{ id: 'demo-zorgacademie', name: 'Demo Zorgacademie Twente', kind: 'particulier', gemeenteId: 'enschede', description: 'Opleidingen en bijscholing voor zorg en welzijn.' },
	{ id: 'demo-digitaal-leerhuis', name: 'Demo Digitaal Leerhuis', kind: 'particulier', gemeenteId: 'enschede', description: 'Online en klassikale cursussen computer, Excel en programmeren.' },
	{ id: 'demo-bouwopleider', name: 'Demo Bouwopleidingen Twente', kind: 'particulier', gemeenteId: 'rijssen-holten', description: 'Opleidingsbedrijf voor bouw en infra met leerwerkplekken.' },
	{ id: 'demo-logistiek-trainingen', name: 'Demo Logistiek Trainingen', kind: 'particulier', gemeenteId: 'hengelo', description: 'Heftruck, reachtruck, rijbewijs C en code 95.' },
	{ id: 'demo-loopbaanpunt', name: 'Demo Loopbaanpunt Twente', kind: 'loopbaan', gemeenteId: 'almelo', description: 'Loopbaangesprekken en workshops, ook op de Werkpleinen.' },
	{ id: 'demo-metaalwerken-hengelo', name: 'Demo Metaalwerken Hengelo', kind: 'werkgever', gemeenteId: 'hengelo', description: 'Verspanen en plaatbewerking voor de machinebouw.' },
	{ id: 'demo-zorggroep-enschede', name: 'Demo Zorggroep Enschede', kind: 'werkgever', gemeenteId: 'enschede', description: 'Verpleeg- en verzorgingshuizen en wijkzorg.' },
	{ id: 'demo-distributiecentrum-almelo', name: 'Demo Distributiecentrum Almelo', kind: 'werkgever', gemeenteId: 'almelo', description: 'Opslag en distributie voor webwinkels.' },
	{ id: 'demo-bouwbedrijf-rijssen', name: 'Demo Bouwbedrijf Rijssen', kind: 'werkgever', gemeenteId: 'rijssen-holten', description: 'Woningbouw en renovatie.' },
	{ id: 'demo-installatietechniek-oldenzaal', name: 'Demo Installatietechniek Oldenzaal', kind: 'werkgever', gemeenteId: 'oldenzaal', description: 'Warmtepompen, zonnepanelen en elektra.' },
	{ id: 'demo-ict-diensten-enschede', name: 'Demo ICT Diensten Enschede', kind: 'werkgever', gemeenteId: 'enschede', description: 'Servicedesk, netwerkbeheer en softwareontwikkeling.' },
	{ id: 'demo-voedingsbedrijf-borne', name: 'Demo Voedingsmiddelen Borne', kind: 'werkgever', gemeenteId: 'borne', description: 'Productie van vleeswaren en maaltijden.' },
	{ id: 'demo-supermarkt-twente', name: 'Demo Supermarkten Twente', kind: 'werkgever', gemeenteId: 'hof-van-twente', description: 'Supermarkten in Goor, Delden en omgeving.' },
	{ id: 'demo-kinderopvang-wierden', name: 'Demo Kinderopvang Wierden', kind: 'werkgever', gemeenteId: 'wierden', description: 'Kinderdagverblijven en buitenschoolse opvang.' },
	{ id: 'demo-transport-hengelo', name: 'Demo Transport Hengelo', kind: 'werkgever', gemeenteId: 'hengelo', description: 'Wegtransport naar Duitsland en de Randstad.' },
	{ id: 'demo-thuiszorg-oldenzaal', name: 'Demo Thuiszorg Noordoost', kind: 'werkgever', gemeenteId: 'oldenzaal', description: 'Thuiszorg in Oldenzaal, Losser en Dinkelland.' },
	{ id: 'demo-machinefabriek-almelo', name: 'Demo Machinefabriek Almelo', kind: 'werkgever', gemeenteId: 'almelo', description: 'Bouwt en onderhoudt productiemachines.' },
	{ id: 'demo-hotel-twente', name: 'Demo Hotel & Restaurant Twente', kind: 'werkgever', gemeenteId: 'dinkelland', description: 'Hotel-restaurant in Ootmarsum.' },
	{ id: 'demo-schoonmaakdiensten-twente', name: 'Demo Schoonmaakdiensten Twente', kind: 'werkgever', gemeenteId: 'hengelo', description: 'Schoonmaak van kantoren, scholen en zorglocaties; leidt zelf op.' },
	{ id: 'demo-administratiekantoor-almelo', name: 'Demo Administratiekantoor Almelo', kind: 'werkgever', gemeenteId: 'almelo', description: 'Boekhouding en salarisadministratie voor het mkb.' },
	{ id: 'demo-groenbedrijf-tubbergen', name: 'Demo Groenbedrijf Tubbergen', kind: 'werkgever', gemeenteId: 'tubbergen', description: 'Aanleg en onderhoud van tuinen en openbaar groen.' }
];

export const PROVIDERS: readonly Provider[] = DEFS.map((d) => ({
	...d,
	website: d.website ?? null,
	description: d.description ?? d.name,
	demo: true
}));

const BY_ID = new Map(PROVIDERS.map((p) => [p.id, p] as const));
export const providerById = (id: string): Provider | undefined => BY_ID.get(id);
