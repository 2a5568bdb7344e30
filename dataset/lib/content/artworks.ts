import type { ArtworkSpec } from '../artwork.ts';

/**
 * The sample's pictures: named artworks with the alt text an editor would write for them.
 * Sizes are those real photos arrive in (3:2 landscape from cameras, 4:5 portrait from phones).
 */
export interface ArtworkEntry extends ArtworkSpec {
  name: string;
  alt: string;
}

type Palette = ArtworkSpec['palette'];

const L1 = { width: 1600, height: 1067 };
const L2 = { width: 2048, height: 1365 };
const L3 = { width: 1440, height: 960 };
const P1 = { width: 1200, height: 1500 };

function art(name: string, style: ArtworkSpec['style'], size: { width: number; height: number }, palette: Palette, alt: string): ArtworkEntry {
  return { name, style, ...size, palette, seed: name, alt };
}

export const ARTWORKS: readonly ArtworkEntry[] = [
  art('konsert-sirkler', 'circles', L1, ['#1b1430', '#2d1b4e', '#ff8c1a', '#ffc23d', '#ff5e5b'], 'Illustrasjon: oransje og gule lyskuler som svever over en mørk scene'),
  art('scenelys', 'stageLights', L2, ['#0b1026', '#1c2550', '#ffd166', '#ef476f', '#06d6a0'], 'Illustrasjon: tre lyskjegler i gult, rosa og grønt som treffer en mørk scene'),
  art('sceneteppe', 'curtain', L3, ['#2a0a12', '#6d0f1f', '#b3203a', '#7a1326', '#ffd27a'], 'Illustrasjon: dyprødt sceneteppe i myke folder med et varmt lys i midten'),
  art('elv-bolger', 'waves', L2, ['#d8eef2', '#9fd3dd', '#1b6f8a', '#2a9d8f', '#0b3d59'], 'Illustrasjon: blå og turkise bølger som minner om Skienselva'),
  art('gronne-aaser', 'hills', L1, ['#f3f7e9', '#cfe7c4', '#4f8a3c', '#2e5e2b', '#f6c453'], 'Illustrasjon: grønne åser lag på lag under en blek sol'),
  art('vintergraner', 'pines', P1, ['#dfe9f2', '#aac4da', '#1e4d3a', '#2f6b4f', '#f5f8fb'], 'Illustrasjon: mørkegrønne graner i snø mot en blek vinterhimmel'),
  art('bokrygger', 'bookSpines', L1, ['#f2e8d8', '#e5d3b8', '#264653', '#e76f51', '#e9c46a'], 'Illustrasjon: fargerike bokrygger på rad i to hyller'),
  art('bokstabel', 'bookStack', P1, ['#fbf3e4', '#f1dfc2', '#7b2d26', '#1d4e89', '#d99a2b'], 'Illustrasjon: en høy stabel bøker i rødt, blått og oker'),
  art('huset-i-skumring', 'house', L1, ['#1d2b53', '#7e5a9b', '#c98b5a', '#2b2d42', '#ffd36e'], 'Illustrasjon: et hus med varme, gule vinduer i blå skumring'),
  art('appelsin', 'orange', L3, ['#5b2a86', '#7c3aad', '#e8590c', '#ff922b', '#ffe8cc'], 'Illustrasjon: en oppskåret appelsin mot en lilla bakgrunn'),
  art('konfetti', 'confetti', L2, ['#1a1a2e', '#16213e', '#ff6b9d', '#ffd93d', '#4ecdc4'], 'Illustrasjon: konfetti i rosa, gult og turkis på mørk bakgrunn'),
  art('fullmaane', 'moonNight', L1, ['#0a1330', '#1d2d5c', '#17224a', '#0d1733', '#f7f1d5'], 'Illustrasjon: fullmåne og stjerner over mørkeblå åser'),
  art('snofnugg', 'snow', P1, ['#2f5d9e', '#8fb8e8', '#ffffff', '#ffffff', '#ffffff'], 'Illustrasjon: hvite snøfnugg som daler ned mot en blå bakgrunn'),
  art('lysslynge', 'stringLights', L2, ['#12101f', '#2a2340', '#ffb347', '#ffd97a', '#ff7b54'], 'Illustrasjon: to lysslynger med varme pærer mot en mørk kveldshimmel'),
  art('solnedgang-fjord', 'sunset', L1, ['#2b1a4a', '#f08a5d', '#25406b', '#ffb26b', '#ffe0a3'], 'Illustrasjon: en stor oransje sol som går ned bak en rolig fjord'),
  art('geometriske-blokker', 'bauhaus', L3, ['#f4efe6', '#f2c14e', '#1f4e99', '#d7263d', '#1b1b1e'], 'Illustrasjon: geometriske blokker med sirkler og trekanter i gult, blått og rødt'),
  art('lydspor', 'equalizer', L1, ['#0d0221', '#261447', '#ff3864', '#ff8e3c', '#2de2e6'], 'Illustrasjon: avrundede søyler som et lydspor i neonfarger'),
  art('dansebuer', 'danceArcs', P1, ['#fff4ec', '#ffe1d0', '#ff5d8f', '#ff9f1c', '#7b2cbf'], 'Illustrasjon: svungne linjer i rosa, oransje og lilla som minner om dansebevegelser'),
  art('filmstripe', 'filmStrip', L1, ['#111111', '#2b2b2b', '#3a3a3a', '#f4a261', '#2a9d8f'], 'Illustrasjon: en filmstripe på skrå over en mørk flate'),
  art('snakkebobler', 'speechBubbles', L3, ['#fdf6ec', '#f6e7d3', '#2a9d8f', '#e76f51', '#e9c46a'], 'Illustrasjon: snakkebobler i turkis, oransje og gult som overlapper hverandre'),
  art('hostblader', 'leaves', L1, ['#2d1e17', '#3d2a1f', '#c44536', '#e09f3e', '#9e2a2b'], 'Illustrasjon: høstblader i rødt og gult spredt over en mørk flate'),
  art('sommerblomster', 'flowers', P1, ['#f7fbf2', '#dff0d8', '#ff70a6', '#5a9367', '#ffd670'], 'Illustrasjon: enkle blomster i rosa og gult på grønne stilker'),
  art('spillbrett', 'gameBoard', L1, ['#20304f', '#36507a', '#f2f2f2', '#3d5a80', '#ee6c4d'], 'Illustrasjon: et rutete spillbrett med terninger og to spillbrikker'),
  art('baerbar-pc', 'laptop', L3, ['#e8f1f2', '#c9dde0', '#3a7ca5', '#81c3d7', '#ffffff'], 'Illustrasjon: en bærbar datamaskin med lys skjerm og tekstlinjer'),
  art('kaffekopp', 'coffee', L1, ['#f5e6d3', '#e8cfb0', '#8c4a2f', '#c9a27e', '#ffffff'], 'Illustrasjon: en kaffekopp med damp mot en varm beige bakgrunn'),
  art('regnbue', 'rainbow', L2, ['#bfe3f5', '#e8f6fd', '#e63946', '#f4a261', '#2a9d8f'], 'Illustrasjon: en regnbue av brede buer under hvite skyer'),
  art('fyrverkeri', 'fireworks', L2, ['#05070f', '#141b38', '#ffd166', '#ff6f91', '#8be9fd'], 'Illustrasjon: fyrverkeri i gull, rosa og lyseblått over en nattsvart himmel'),
  art('myk-fjordtone', 'softGradient', L1, ['#d9ecf2', '#f4efe6', '#7fb7c9', '#f2c6a0', '#b9d8c2'], ''),
  art('prikkmonster', 'dotPattern', L3, ['#fff7ed', '#fde2c4', '#f97316', '#fb923c', '#a855f7'], ''),
  art('blekk-og-penn', 'inkPen', P1, ['#f3efe6', '#e6dfd0', '#1b2a4a', '#7a1f3d', '#c9a227'], 'Illustrasjon: en fyllepenn og en flekk med dypblått blekk'),
  art('teatermasker', 'masks', L1, ['#1e1b2e', '#3b2f5c', '#f4d35e', '#ee964b', '#faf0ca'], 'Illustrasjon: to teatermasker, en glad i gult og en trist i oransje'),
  art('ballonger', 'balloons', P1, ['#a9def9', '#e4f1fe', '#ff595e', '#ffca3a', '#8ac926'], 'Illustrasjon: ballonger i rødt, gult og grønt som stiger mot en lys himmel'),
  art('skoytespor', 'iceSkating', L1, ['#e3f2fd', '#bbdefb', '#ffffff', '#90caf9', '#5c8dc9'], 'Illustrasjon: svungne skøytespor i isen på et frossent vann'),
  art('baal', 'campfire', L3, ['#0f1222', '#2a1e1a', '#e85d04', '#faa307', '#ffe066'], 'Illustrasjon: et lite bål med gule og oransje flammer i mørket'),
  art('bykart', 'cityMap', L2, ['#f1efe9', '#ffffff', '#7fb3d5', '#e5c07b', '#d1495b'], 'Illustrasjon: et forenklet bykart med gater, kvartaler og en elv'),
  art('mikrofon', 'microphone', P1, ['#120c1f', '#2b1740', '#c0c0c8', '#8a8a96', '#ffcf56'], 'Illustrasjon: en mikrofon på stativ i et varmt spotlys'),
];
