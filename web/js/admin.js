// The admin view of search analytics: asks for the admin token (kept in this tab's sessionStorage
// only), reads GET /api/admin/analytics with it, and draws the figures, a chart of searches per day
// as inline SVG, and tables that download as CSV. Text from the API is always set as text.

import * as i18n from './i18n.js';

const S = {
  en: {
    title: 'Search analytics', language: 'Interface language', token: 'Admin token', open: 'Open', range: 'Date range',
    from: 'From', to: 'To', show: 'Show', logout: 'Forget the token', perDay: 'Searches per day', back: 'Back to the search',
    privacy: 'No addresses, cookies or browser details are recorded.',
    unauthorized: 'This token is not valid.', tooMany: 'Too many attempts; try again in a minute.', failed: 'The report could not be loaded: {m}',
    searches: 'Searches', zeroRate: 'No-result rate', ctr: 'Click-through rate', avgPosition: 'Average click position',
    noClicks: 'Searches without clicks', clicks: 'Clicks', zero: 'No results', chartLabel: 'Searches per day from {from} to {to}; most in a day: {max}',
    topSearches: 'Top searches', topZero: 'Top searches without results', topNoClicks: 'Top searches without clicks',
    topFilters: 'Most used filters', topDocuments: 'Most clicked documents', languages: 'Languages of searches',
    query: 'Query', filter: 'Filter', value: 'Value', document: 'Document', lang: 'Language', csv: 'Download CSV', none: 'Nothing yet.',
    noQuery: '(no words)',
  },
  fr: {
    title: 'Statistiques de recherche', language: 'Langue de l’interface', token: 'Jeton d’administration', open: 'Ouvrir',
    range: 'Période', from: 'Du', to: 'Au', show: 'Afficher', logout: 'Oublier le jeton', perDay: 'Recherches par jour',
    back: 'Retour à la recherche', privacy: 'Aucune adresse, aucun cookie, aucun détail du navigateur n’est enregistré.',
    unauthorized: 'Ce jeton n’est pas valide.', tooMany: 'Trop de tentatives ; réessayez dans une minute.',
    failed: 'Le rapport n’a pas pu être chargé : {m}', searches: 'Recherches', zeroRate: 'Taux sans résultat',
    ctr: 'Taux de clic', avgPosition: 'Position moyenne des clics', noClicks: 'Recherches sans clic', clicks: 'Clics',
    zero: 'Sans résultat', chartLabel: 'Recherches par jour du {from} au {to} ; maximum en un jour : {max}',
    topSearches: 'Recherches les plus fréquentes', topZero: 'Recherches sans résultat', topNoClicks: 'Recherches sans clic',
    topFilters: 'Filtres les plus utilisés', topDocuments: 'Documents les plus cliqués', languages: 'Langues des recherches',
    query: 'Requête', filter: 'Filtre', value: 'Valeur', document: 'Document', lang: 'Langue', csv: 'Télécharger en CSV',
    none: 'Rien pour l’instant.', noQuery: '(sans mots)',
  },
  es: {
    title: 'Estadísticas de búsqueda', language: 'Idioma de la interfaz', token: 'Token de administración', open: 'Abrir',
    range: 'Periodo', from: 'Desde', to: 'Hasta', show: 'Mostrar', logout: 'Olvidar el token', perDay: 'Búsquedas por día',
    back: 'Volver a la búsqueda', privacy: 'No se registran direcciones, cookies ni datos del navegador.',
    unauthorized: 'Este token no es válido.', tooMany: 'Demasiados intentos; inténtelo de nuevo en un minuto.',
    failed: 'No se pudo cargar el informe: {m}', searches: 'Búsquedas', zeroRate: 'Tasa sin resultados',
    ctr: 'Tasa de clics', avgPosition: 'Posición media de los clics', noClicks: 'Búsquedas sin clics', clicks: 'Clics',
    zero: 'Sin resultados', chartLabel: 'Búsquedas por día del {from} al {to}; máximo en un día: {max}',
    topSearches: 'Búsquedas más frecuentes', topZero: 'Búsquedas sin resultados', topNoClicks: 'Búsquedas sin clics',
    topFilters: 'Filtros más usados', topDocuments: 'Documentos más visitados', languages: 'Idiomas de las búsquedas',
    query: 'Consulta', filter: 'Filtro', value: 'Valor', document: 'Documento', lang: 'Idioma', csv: 'Descargar CSV',
    none: 'Nada todavía.', noQuery: '(sin palabras)',
  },
  ru: {
    title: 'Статистика поиска', language: 'Язык интерфейса', token: 'Токен администратора', open: 'Открыть', range: 'Период',
    from: 'С', to: 'По', show: 'Показать', logout: 'Забыть токен', perDay: 'Поиски по дням', back: 'Вернуться к поиску',
    privacy: 'Адреса, cookie и данные браузера не записываются.', unauthorized: 'Этот токен недействителен.',
    tooMany: 'Слишком много попыток; повторите через минуту.', failed: 'Не удалось загрузить отчёт: {m}', searches: 'Поиски',
    zeroRate: 'Доля без результатов', ctr: 'Доля переходов', avgPosition: 'Средняя позиция перехода', noClicks: 'Поиски без переходов',
    clicks: 'Переходы', zero: 'Без результатов', chartLabel: 'Поиски по дням с {from} по {to}; больше всего за день: {max}',
    topSearches: 'Частые запросы', topZero: 'Запросы без результатов', topNoClicks: 'Запросы без переходов',
    topFilters: 'Частые фильтры', topDocuments: 'Документы с наибольшим числом переходов', languages: 'Языки поисков',
    query: 'Запрос', filter: 'Фильтр', value: 'Значение', document: 'Документ', lang: 'Язык', csv: 'Скачать CSV',
    none: 'Пока ничего.', noQuery: '(без слов)',
  },
  ar: {
    title: 'إحصاءات البحث', language: 'لغة الواجهة', token: 'رمز المسؤول', open: 'فتح', range: 'الفترة', from: 'من', to: 'إلى',
    show: 'عرض', logout: 'نسيان الرمز', perDay: 'عمليات البحث يوميًا', back: 'العودة إلى البحث',
    privacy: 'لا تُسجَّل العناوين ولا ملفات تعريف الارتباط ولا تفاصيل المتصفح.', unauthorized: 'هذا الرمز غير صالح.',
    tooMany: 'محاولات كثيرة جدًا؛ أعد المحاولة بعد دقيقة.', failed: 'تعذّر تحميل التقرير: {m}', searches: 'عمليات البحث',
    zeroRate: 'نسبة البحث بلا نتائج', ctr: 'نسبة النقر', avgPosition: 'متوسط موضع النقر', noClicks: 'عمليات بحث بلا نقر',
    clicks: 'النقرات', zero: 'بلا نتائج', chartLabel: 'عمليات البحث يوميًا من {from} إلى {to}؛ الأكثر في يوم: {max}',
    topSearches: 'أكثر عمليات البحث', topZero: 'عمليات بحث بلا نتائج', topNoClicks: 'عمليات بحث بلا نقر',
    topFilters: 'أكثر عوامل التصفية استخدامًا', topDocuments: 'أكثر المستندات نقرًا', languages: 'لغات البحث',
    query: 'الاستعلام', filter: 'عامل التصفية', value: 'القيمة', document: 'المستند', lang: 'اللغة', csv: 'تنزيل CSV',
    none: 'لا شيء بعد.', noQuery: '(بلا كلمات)',
  },
  zh: {
    title: '搜索统计', language: '界面语言', token: '管理令牌', open: '打开', range: '日期范围', from: '从', to: '至', show: '显示',
    logout: '忘记令牌', perDay: '每日搜索量', back: '返回搜索', privacy: '不记录任何地址、Cookie 或浏览器信息。',
    unauthorized: '此令牌无效。', tooMany: '尝试次数过多，请一分钟后重试。', failed: '无法加载报告：{m}', searches: '搜索次数',
    zeroRate: '无结果比例', ctr: '点击率', avgPosition: '平均点击位置', noClicks: '无点击的搜索', clicks: '点击次数', zero: '无结果',
    chartLabel: '{from} 至 {to} 的每日搜索量；单日最多：{max}', topSearches: '热门搜索', topZero: '无结果的热门搜索',
    topNoClicks: '无点击的热门搜索', topFilters: '常用筛选', topDocuments: '点击最多的文档', languages: '搜索语言',
    query: '查询', filter: '筛选', value: '值', document: '文档', lang: '语言', csv: '下载 CSV', none: '暂无数据。', noQuery: '（无关键词）',
  },
};

const TOKEN_KEY = 'lcs-admin-token';
const $ = (id) => document.getElementById(id);
let strings = S.en;
let lastReport = null;

const a = (key, vars = {}) => (strings[key] ?? S.en[key]).replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
const pct = (x) => (x == null ? '—' : new Intl.NumberFormat(i18n.language(), { style: 'percent', maximumFractionDigits: 1 }).format(x));
const dec = (x) => (x == null ? '—' : new Intl.NumberFormat(i18n.language(), { maximumFractionDigits: 2 }).format(x));

function setUpLanguage() {
  const lang = i18n.pickLanguage(new URLSearchParams(location.search).get('lang'));
  i18n.setLanguage(lang);
  strings = S[i18n.language()] ?? S.en;
  i18n.translateStatic();
  for (const el of document.querySelectorAll('[data-a]')) el.textContent = a(el.dataset.a);
  document.title = `${a('title')} — ${i18n.t('brand')}`;
  $('ui-lang').replaceChildren(...Object.entries(i18n.LANGUAGES).map(([code, name]) => {
    const o = new Option(name, code, false, code === i18n.language());
    o.lang = code;
    return o;
  }));
}

function message(text) {
  $('message').textContent = text ?? '';
  $('message').hidden = !text;
}

function isoDay(d) {
  return d.toISOString().slice(0, 10);
}

async function load() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    $('login').hidden = false;
    $('report').hidden = true;
    return;
  }
  const params = new URLSearchParams({ from: $('from').value, to: $('to').value, top: '20' });
  let res;
  try {
    res = await fetch(`/api/admin/analytics?${params}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  } catch (e) {
    message(a('failed', { m: e.message }));
    return;
  }
  const body = await res.json().catch(() => null);
  if (res.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('login').hidden = false;
    $('report').hidden = true;
    message(a('unauthorized'));
    return;
  }
  if (res.status === 429) {
    message(a('tooMany'));
    return;
  }
  if (!res.ok || !body) {
    message(a('failed', { m: body?.error?.message ?? res.statusText }));
    return;
  }
  message(null);
  $('login').hidden = true;
  $('report').hidden = false;
  lastReport = body;
  render(body);
}

function render(r) {
  const figures = [
    ['searches', i18n.number(r.searches)], ['zeroRate', pct(r.zeroResultRate)], ['ctr', pct(r.clickThroughRate)],
    ['avgPosition', dec(r.averageClickPosition)], ['noClicks', i18n.number(r.searchesWithoutClicks)], ['clicks', i18n.number(r.clicks)],
  ];
  $('figures').replaceChildren(...figures.map(([key, value]) => {
    const div = document.createElement('div');
    div.dataset.figure = key;
    const dt = document.createElement('dt');
    dt.textContent = a(key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    div.append(dt, dd);
    return div;
  }));
  $('chart').replaceChildren(chart(r.perDay, r.from, r.to));
  const q = (x) => x || a('noQuery');
  const tables = [
    ['topSearches', [a('query'), a('searches'), a('zeroRate')], r.topSearches.map((x) => [q(x.query), x.searches, pct(x.zeroResultRate)])],
    ['topZero', [a('query'), a('zero'), a('zeroRate')], r.topZeroResultSearches.map((x) => [q(x.query), x.zeroResultSearches, pct(x.zeroResultRate)])],
    ['topNoClicks', [a('query'), a('searches'), a('noClicks')], r.topSearchesWithoutClicks.map((x) => [q(x.query), x.searches, x.searches - x.clickedSearches])],
    ['topFilters', [a('filter'), a('value'), a('searches')], r.topFilters.map((x) => [i18n.t(`facet.${x.filter}`), i18n.facetLabel(x.filter, x.value), x.searches])],
    ['topDocuments', [a('document'), a('clicks')], r.topDocuments.map((x) => [x.docId, x.clicks])],
    ['languages', [a('lang'), a('searches')], r.languages.map((x) => [i18n.languageName(x.lang), x.searches])],
  ];
  $('tables').replaceChildren(...tables.map(([key, head, rows]) => table(key, head, rows)));
}

function table(key, head, rows) {
  const section = document.createElement('section');
  section.dataset.table = key;
  const h = document.createElement('h2');
  h.textContent = a(key);
  h.id = `t-${key}`;
  section.append(h);
  if (!rows.length) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = a('none');
    section.append(p);
    return section;
  }
  const t = document.createElement('table');
  t.setAttribute('aria-labelledby', h.id);
  const tr = t.createTHead().insertRow();
  head.forEach((label, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    if (i > 0 && typeof rows[0][i] === 'number') th.className = 'n';
    tr.append(th);
  });
  const body = t.createTBody();
  for (const row of rows) {
    const r = body.insertRow();
    row.forEach((v) => {
      const td = r.insertCell();
      td.textContent = typeof v === 'number' ? i18n.number(v) : v;
      if (typeof v === 'number') td.className = 'n';
    });
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = a('csv');
  button.addEventListener('click', () => download(`${key}-${lastReport.from}-${lastReport.to}.csv`, [head, ...rows]));
  section.append(t, button);
  return section;
}

/** CSV with every field quoted; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
function download(name, rows) {
  const cell = (v) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const text = rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A bar per day (searches), with the no-result part in another colour; drawn as inline SVG. */
function chart(days, from, to) {
  const NS = 'http://www.w3.org/2000/svg';
  const el = (name, attrs) => {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const W = 720;
  const H = 200;
  const pad = { l: 40, r: 8, t: 8, b: 24 };
  const max = Math.max(1, ...days.map((d) => d.searches));
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const title = el('title', {});
  title.textContent = a('chartLabel', { from, to, max: i18n.number(max) });
  svg.append(title);
  svg.append(el('line', { class: 'axis', x1: pad.l, y1: H - pad.b, x2: W - pad.r, y2: H - pad.b }));
  const label = (x, y, text, anchor) => {
    const t = el('text', { x, y, 'text-anchor': anchor });
    t.textContent = text;
    svg.append(t);
  };
  label(pad.l - 6, pad.t + 10, i18n.number(max), 'end');
  label(pad.l - 6, H - pad.b, '0', 'end');
  const step = (W - pad.l - pad.r) / Math.max(1, days.length);
  const scale = (n) => (n / max) * (H - pad.t - pad.b);
  days.forEach((d, i) => {
    const x = pad.l + i * step + step * 0.1;
    const w = Math.max(1, step * 0.8);
    const g = el('g', { 'data-day': d.day, 'data-searches': d.searches });
    const tip = el('title', {});
    tip.textContent = `${d.day}: ${i18n.number(d.searches)} ${a('searches').toLowerCase()}, ${i18n.number(d.zeroResultSearches)} ${a('zero').toLowerCase()}`;
    g.append(tip);
    g.append(el('rect', { class: 'bar', x, y: H - pad.b - scale(d.searches), width: w, height: scale(d.searches) }));
    g.append(el('rect', { class: 'zero', x, y: H - pad.b - scale(d.zeroResultSearches), width: w, height: scale(d.zeroResultSearches) }));
    svg.append(g);
  });
  if (days.length) {
    label(pad.l, H - 6, days[0].day, 'start');
    label(W - pad.r, H - 6, days[days.length - 1].day, 'end');
  }
  const wrap = document.createElement('figure');
  wrap.style.margin = '0';
  const legend = document.createElement('figcaption');
  legend.className = 'legend';
  for (const [cls, key] of [['l-bar', 'searches'], ['l-zero', 'zero']]) {
    const s = document.createElement('span');
    s.className = cls;
    s.textContent = a(key);
    legend.append(s);
  }
  wrap.append(svg, legend);
  return wrap;
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  $('token').value = '';
  load();
});

$('range').addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});

$('logout').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  $('report').hidden = true;
  $('login').hidden = false;
  $('token').focus();
});

$('ui-lang').addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('lang', $('ui-lang').value);
  history.replaceState(null, '', url.pathname + url.search);
  setUpLanguage();
  if (lastReport) render(lastReport);
});

const today = new Date();
$('to').value = isoDay(today);
$('from').value = isoDay(new Date(today.getTime() - 29 * 86400000));
setUpLanguage();
load();
