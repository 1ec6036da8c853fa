/*
 * <lcs-search>: Learning City Search on any page (see /embed-demo.html).
 *   <script src="https://host/widget.js" defer></script>
 *   <lcs-search lang="fr" facets="country,year" size="5" filter-country="Latvia"></lcs-search>
 * Attributes: api (default: this script's origin), lang, facets ("none", or a list of country,
 * region, year, type, language; default type,year), size, placeholder, filter-{country,region,year,
 * type,language} (fixed, comma-separated), compact (a search box with a dropdown of results), map (a
 * world map of the results, loaded from the service on demand; clicking a country filters by it).
 * Theme with --lcs-accent, --lcs-accent-fg, --lcs-font, --lcs-radius, --lcs-bg, --lcs-fg, --lcs-muted,
 * --lcs-border, --lcs-mark, --lcs-active and ::part(form | input | button | count | facets | facet |
 * facet-option | results | hit | title | meta | snippet | pager | error).
 * One file, no dependencies, nothing else loaded. Text from the API is set as text; only a snippet's
 * <mark> tags become elements, and only http(s) URLs become links.
 */
(() => {
  const SRC = document.currentScript && document.currentScript.src;
  const ORIGIN = SRC ? new URL(SRC, location.href).origin : location.origin;
  const DIMS = ['country', 'region', 'year', 'type', 'language'];
  const TYPES = ['profile', 'story', 'news', 'press-release', 'publication', 'event'];
  const REGIONS = ['Africa', 'Arab States', 'Asia and the Pacific', 'Europe and North America', 'Latin America and the Caribbean'];

  // 0 label, 1 placeholder, 2 results (one, other[, few]), 3 no results, 4 previous, 5 next, 6 error,
  // 7 all results, 8 facet names in DIMS order, 9 type names in TYPES order, 10 search button, 11 pages,
  // 12 region names in REGIONS order, 13 show all, 14 an estimate ("about {n}": the API's totalExact or
  // facetsExact is false), 15 map title, 16 map legend, 17 map credit, 18 a country's count on the map (forms as 2),
  // 19 did you mean, 20 often searched (before the most searched queries).
  const T = {
    en: ['Search learning cities', 'City, country or topic', ['{n} result', '{n} results'], 'No results', 'Previous', 'Next',
      'The search service could not be reached.', 'See all results', 'Country|Region|Year|Type|Language',
      'Profile|Story|News|Press release|Publication|Event', 'Search', 'Pages',
      'Africa|Arab States|Asia and the Pacific|Europe and North America|Latin America and the Caribbean', 'Show all {n}',
      'about {n}', 'Map of results', 'Results per country', 'Shapes: Natural Earth.', ['{c}: {n} result', '{c}: {n} results'], 'Did you mean {q}?', 'Often searched:'],
    fr: ['Rechercher des villes apprenantes', 'Ville, pays ou thème', ['{n} résultat', '{n} résultats'], 'Aucun résultat',
      'Précédent', 'Suivant', 'Le service de recherche est injoignable.', 'Voir tous les résultats',
      'Pays|Région|Année|Type|Langue', 'Profil|Récit|Actualité|Communiqué de presse|Publication|Événement', 'Rechercher', 'Pages',
      'Afrique|États arabes|Asie et Pacifique|Europe et Amérique du Nord|Amérique latine et Caraïbes', 'Afficher les {n}',
      'environ {n}', 'Carte des résultats', 'Résultats par pays', 'Contours : Natural Earth.', ['{c} : {n} résultat', '{c} : {n} résultats'], 'Vouliez-vous dire {q} ?', 'Recherches fréquentes :'],
    es: ['Buscar ciudades del aprendizaje', 'Ciudad, país o tema', ['{n} resultado', '{n} resultados'], 'No hay resultados',
      'Anterior', 'Siguiente', 'No se pudo contactar con el servicio de búsqueda.', 'Ver todos los resultados',
      'País|Región|Año|Tipo|Idioma', 'Perfil|Historia|Noticia|Comunicado de prensa|Publicación|Evento', 'Buscar', 'Páginas',
      'África|Estados Árabes|Asia y el Pacífico|Europa y América del Norte|América Latina y el Caribe', 'Mostrar los {n}',
      'aproximadamente {n}', 'Mapa de resultados', 'Resultados por país', 'Contornos: Natural Earth.', ['{c}: {n} resultado', '{c}: {n} resultados'], '¿Quiso decir {q}?', 'Búsquedas frecuentes:'],
    ru: ['Поиск по обучающимся городам', 'Город, страна или тема', ['{n} результат', '{n} результатов', '{n} результата'],
      'Ничего не найдено', 'Назад', 'Далее', 'Служба поиска недоступна.', 'Все результаты',
      'Страна|Регион|Год|Тип|Язык', 'Профиль|История|Новость|Пресс-релиз|Публикация|Событие', 'Найти', 'Страницы',
      'Африка|Арабские государства|Азия и Тихий океан|Европа и Северная Америка|Латинская Америка и Карибский бассейн',
      'Показать все ({n})', 'примерно {n}', 'Карта результатов', 'Результаты по странам', 'Границы: Natural Earth.', ['{c}: {n} результат', '{c}: {n} результатов', '{c}: {n} результата'], 'Возможно, вы имели в виду {q}?', 'Часто ищут:'],
    ar: ['البحث في مدن التعلّم', 'مدينة أو بلد أو موضوع', ['نتيجة واحدة', '{n} نتيجة', '{n} نتائج'], 'لا توجد نتائج',
      'السابق', 'التالي', 'تعذّر الوصول إلى خدمة البحث.', 'عرض كل النتائج',
      'البلد|المنطقة|السنة|النوع|اللغة', 'لمحة|قصة|خبر|بيان صحفي|منشور|فعالية', 'بحث', 'الصفحات',
      'أفريقيا|الدول العربية|آسيا والمحيط الهادئ|أوروبا وأمريكا الشمالية|أمريكا اللاتينية والبحر الكاريبي', 'عرض الكل ({n})',
      'حوالي {n}', 'خريطة النتائج', 'النتائج حسب البلد', 'الحدود: Natural Earth.', ['{c}: نتيجة واحدة', '{c}: {n} نتيجة', '{c}: {n} نتائج'], 'هل تقصد {q}؟', 'عمليات بحث شائعة:'],
    zh: ['搜索学习型城市', '城市、国家或主题', ['{n} 条结果', '{n} 条结果'], '没有结果', '上一页', '下一页',
      '无法连接搜索服务。', '查看全部结果', '国家|地区|年份|类型|语言', '城市简介|故事|新闻|新闻稿|出版物|活动', '搜索', '分页',
      '非洲|阿拉伯国家|亚洲及太平洋|欧洲和北美|拉丁美洲和加勒比', '显示全部 {n} 个', '约 {n}', '结果地图', '各国结果数', '边界：Natural Earth。', ['{c}：{n} 条结果', '{c}：{n} 条结果'], '您是不是要找 {q}？', '常见搜索：'],
    pt: ['Pesquisar cidades de aprendizagem', 'Cidade, país ou tema', ['{n} resultado', '{n} resultados'], 'Nenhum resultado',
      'Anterior', 'Seguinte', 'Não foi possível contactar o serviço de pesquisa.', 'Ver todos os resultados',
      'País|Região|Ano|Tipo|Idioma', 'Perfil|História|Notícia|Comunicado de imprensa|Publicação|Evento', 'Pesquisar', 'Páginas',
      'África|Estados Árabes|Ásia e Pacífico|Europa e América do Norte|América Latina e Caribe', 'Mostrar todos os {n}',
      'cerca de {n}', 'Mapa dos resultados', 'Resultados por país', 'Contornos: Natural Earth.',
      ['{c}: {n} resultado', '{c}: {n} resultados'], 'Queria dizer {q}?', 'Pesquisas frequentes:'],
    uz: ['Taʼlim shaharlarini qidirish', 'Shahar, mamlakat yoki mavzu', ['{n} ta natija', '{n} ta natija'], 'Natija yoʻq',
      'Oldingi', 'Keyingi', 'Qidiruv xizmatiga ulanib boʻlmadi.', 'Barcha natijalar',
      'Mamlakat|Mintaqa|Yil|Turi|Til', 'Profil|Hikoya|Yangilik|Press-reliz|Nashr|Tadbir', 'Qidirish', 'Sahifalar',
      'Afrika|Arab davlatlari|Osiyo va Tinch okeani|Yevropa va Shimoliy Amerika|Lotin Amerikasi va Karib havzasi',
      'Hammasini koʻrsatish ({n})', 'taxminan {n}', 'Natijalar xaritasi', 'Mamlakatlar boʻyicha natijalar',
      'Chegaralar: Natural Earth.', ['{c}: {n} ta natija', '{c}: {n} ta natija'], '{q} demoqchimisiz?', 'Koʻp qidirilganlar:'],
  };
  const PLURAL = { one: 0, other: 1, many: 1, few: 2, two: 2, zero: 1 };

  const CSS = `
:host{display:block;font-family:var(--lcs-font,system-ui,sans-serif);color:var(--lcs-fg,#1b1f24);
 --a:var(--lcs-accent,#0a58a8);--r:var(--lcs-radius,6px);--m:var(--lcs-muted,#4a525c);--b:var(--lcs-border,#6b7480)}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
.w{position:relative;background:var(--lcs-bg,transparent);line-height:1.45}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
form{display:flex;gap:.4rem}
input[type=search]{flex:1;min-width:0;font:inherit;font-size:1rem;padding:.5rem .65rem;border:1px solid var(--b);
 border-radius:var(--r);background:var(--lcs-bg,#fff);color:inherit}
button{font:inherit;padding:.45rem .8rem;border:1px solid var(--a);border-radius:var(--r);background:var(--a);
 color:var(--lcs-accent-fg,#fff);cursor:pointer}
button:disabled{opacity:.5;cursor:default}
button.more{background:none;color:var(--a);border:0;padding:.2rem 0;text-decoration:underline}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
[role=status]{margin:.6rem 0;font-weight:600}
.body{display:flex;gap:1.25rem;flex-wrap:wrap}
.facets{flex:0 1 13rem}
fieldset{border:0;margin:0 0 .6rem;padding:0}
legend{font-weight:700;padding:0;margin-bottom:.2rem}
label.o{display:flex;gap:.4rem;align-items:center;cursor:pointer;min-height:1.8rem}
label.o input{accent-color:var(--a);margin:0}
label.o span:first-of-type{flex:1}
.c,.meta{color:var(--m);font-size:.85em}
ol,ul{list-style:none;margin:0;padding:0}
ol{flex:1 1 18rem;min-width:0}
li.hit{padding:.55rem 0;border-bottom:1px solid var(--lcs-border,#d5dbe2)}
.t{font-weight:600;font-size:1.05em;color:var(--a);overflow-wrap:anywhere}
.s{margin:.15rem 0 0;overflow-wrap:anywhere}
mark{background:var(--lcs-mark,#fde68a);color:inherit}
.pager{display:flex;gap:.5rem;align-items:center;margin-top:.6rem}
.err{color:#9b1c1c}
.compact ul{position:absolute;z-index:10;left:0;right:0;top:100%;margin-top:2px;background:var(--lcs-bg,#fff);
 border:1px solid var(--b);border-radius:var(--r);box-shadow:0 6px 18px rgb(0 0 0/.15);max-height:24rem;overflow:auto}
.compact li{padding:.45rem .7rem;cursor:pointer}
.compact li[aria-selected=true]{background:var(--lcs-active,#e6eef8);outline:2px solid var(--a);outline-offset:-2px}
.compact input{width:100%}
.compact li .s{font-size:.85em;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.compact li.all{font-weight:600;color:var(--a)}
.map{margin:.4rem 0 .8rem}`;
  let sheet = null;

  const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== '#') return ENT[e.toLowerCase()] || m;
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1);
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
  });
  // The API escapes all snippet text and adds only <mark>…</mark>: rebuild exactly those, the rest is text.
  const snippet = (el, html) => {
    let at = el;
    for (const p of String(html || '').split(/(<\/?mark>)/i)) {
      if (/^<mark>$/i.test(p)) at = el.appendChild(document.createElement('mark'));
      else if (/^<\/mark>$/i.test(p)) at = el;
      else if (p) at.append(decode(p));
    }
  };
  const safeUrl = (u) => {
    try {
      const url = new URL(u);
      return /^https?:$/.test(url.protocol) ? url.href : null;
    } catch (e) {
      return null;
    }
  };
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    for (const k in attrs || {}) if (attrs[k] != null && attrs[k] !== false) el.setAttribute(k, attrs[k]);
    el.append(...kids.flat().filter((k) => k != null && k !== false));
    return el;
  };
  const list = (s) => (s || '').split(',').map((v) => v.trim()).filter(Boolean);

  // Search analytics by the rules of js/analytics.js (docs/analytics.md): one event per search intent
  // (Enter, a 2 s pause, a click or a filter change ends it), clicks with their positions, nothing
  // under Do Not Track or Global Privacy Control. Inline while the widget is one unbundled file.
  const OPT_OUT = navigator.doNotTrack === '1' || window.doNotTrack === '1' || navigator.globalPrivacyControl === true;
  const tracker = (api, lang) => {
    let pending = null;
    let current = null;
    let commit = null;
    let timer = 0;
    const post = (e) => {
      try {
        if (!OPT_OUT) navigator.sendBeacon(api() + '/api/events', new Blob([JSON.stringify(e)], { type: 'text/plain' }));
      } catch (x) { /* analytics never break searching */ }
    };
    const flush = () => {
      clearTimeout(timer);
      if (pending) post(pending);
      pending = null;
    };
    document.addEventListener('visibilitychange', () => document.hidden && flush());
    return {
      answer(data, key, q, filters) {
        if (!data.queryId || (current && current.key === key)) return;
        current = { key, id: data.queryId };
        pending = { type: 'search', queryId: data.queryId, q, filters, lang: lang(), total: data.total };
        clearTimeout(timer);
        if (commit === key) flush();
        else timer = setTimeout(flush, 2000);
        commit = null;
      },
      commit(key) {
        if (current && current.key === key) flush();
        else commit = key;
      },
      end: flush,
      click(position, docId) {
        flush();
        if (current && docId && position <= 100) post({ type: 'click', queryId: current.id, position, docId });
      },
    };
  };

  class LcsSearch extends HTMLElement {
    static get observedAttributes() {
      return ['api', 'lang', 'facets', 'size', 'placeholder', 'compact', 'map', ...DIMS.map((d) => 'filter-' + d)];
    }

    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
        }
        root.adoptedStyleSheets = [sheet];
      }
      this.build();
    }

    attributeChangedCallback() {
      if (this.shadowRoot && this.isConnected) this.build();
    }

    disconnectedCallback() {
      if (this.ctrl) this.ctrl.abort();
    }

    // Only an http(s) address: the value ends up in links.
    get api() {
      const a = safeUrl(this.getAttribute('api'));
      return a ? a.replace(/\/+$/, '') : ORIGIN;
    }

    t(i) {
      const code = (this.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase().split('-')[0];
      this.lang_ = T[code] ? code : 'en';
      return T[this.lang_][i];
    }

    // "12 results"; an estimate (exact === false) "about 1,200 results".
    count(n, exact, i = 2) {
      const forms = this.t(i);
      if (exact === false) n = Number(Number(n).toPrecision(2)); // an estimate to two significant figures
      const f = (forms[PLURAL[new Intl.PluralRules(this.lang_).select(n)]] || forms[1]).replace('{n}', this.num(n));
      return exact === false ? this.t(14).replace('{n}', f) : f;
    }

    num(n) {
      return new Intl.NumberFormat(this.lang_).format(n);
    }

    up(s) {
      return s.charAt(0).toLocaleUpperCase(this.lang_) + s.slice(1);
    }

    label(dim, v) {
      if (dim === 'country' && this.names && this.names[v]) return this.names[v];
      if (dim === 'type' && TYPES.includes(v)) return this.t(9).split('|')[TYPES.indexOf(v)];
      if (dim === 'region' && REGIONS.includes(v)) return this.t(12).split('|')[REGIONS.indexOf(v)];
      if (dim === 'language') {
        try {
          return this.up(new Intl.DisplayNames([this.lang_], { type: 'language' }).of(v));
        } catch (e) { /* not a language code: show as is */ }
      }
      return String(v);
    }

    build() {
      const root = this.shadowRoot;
      this.track = this.track || tracker(() => this.api, () => this.lang_);
      this.compact = this.hasAttribute('compact');
      this.fixed = {};
      for (const d of DIMS) this.fixed[d] = list(this.getAttribute('filter-' + d));
      const f = this.getAttribute('facets');
      this.dims = this.compact || f === 'none' ? [] : (f ? list(f) : ['type', 'year'])
        .filter((d) => DIMS.includes(d) && !this.fixed[d].length);
      this.size = Math.min(100, Math.max(1, parseInt(this.getAttribute('size'), 10) || (this.compact ? 5 : 10)));
      this.chosen = {};
      this.more = new Set();
      this.page = 1;
      this.q = this.input ? this.input.value : '';
      this.t(0);
      const rtl = this.lang_ === 'ar';
      this.input = h('input', { id: 'q', type: 'search', part: 'input', autocomplete: 'off',
        placeholder: this.getAttribute('placeholder') || this.t(1) });
      this.input.value = this.q;
      this.status = h('p', { role: 'status', part: 'count', class: this.compact ? 'vh' : null });
      this.results = h(this.compact ? 'ul' : 'ol', { id: 'r', part: 'results' });
      const label = h('label', { for: 'q', class: 'vh' }, this.t(0));
      let box;
      if (this.compact) {
        Object.entries({ role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'r', 'aria-autocomplete': 'list' })
          .forEach(([k, v]) => this.input.setAttribute(k, v));
        this.results.setAttribute('role', 'listbox');
        this.results.setAttribute('aria-label', this.t(0));
        this.results.hidden = true;
        box = [label, this.input, this.results, this.status];
        this.input.onkeydown = (e) => this.key(e);
        this.input.onblur = () => this.open(false);
        this.results.onmousedown = (e) => e.preventDefault();
        this.results.onclick = (e) => {
          const li = e.target.closest('li');
          if (li) this.go(li);
        };
      } else {
        this.facets = h('div', { part: 'facets', class: 'facets' });
        const step = (delta, text) => {
          const b = h('button', { type: 'button' }, text);
          b.onclick = () => {
            this.page += delta;
            this.search();
          };
          return b;
        };
        this.pager = h('div', { part: 'pager', class: 'pager', role: 'group', 'aria-label': this.t(11), hidden: '' },
          step(-1, this.t(4)), h('span'), step(1, this.t(5)));
        const form = h('form', { part: 'form' }, label, this.input, h('button', { part: 'button' }, this.t(10)));
        form.onsubmit = (e) => {
          e.preventDefault();
          this.track.commit(this.intent()[0]);
          this.page = 1;
          this.search();
        };
        this.facets.onchange = (e) => {
          const c = e.target;
          if (c.type !== 'checkbox') return;
          const set = new Set(this.chosen[c.name] || []);
          c.checked ? set.add(c.value) : set.delete(c.value);
          this.chosen[c.name] = [...set];
          this.track.end();
          this.page = 1;
          this.search();
        };
        this.mapBox = this.hasAttribute('map') ? h('div', { part: 'map', class: 'map', 'aria-busy': 'true' }) : null;
        this.map = null;
        this.results.onclick = (e) => {
          const li = e.target.closest('a') && e.target.closest('li.hit');
          if (li) this.clicked(li);
        };
        box = [form, this.status, this.mapBox, h('div', { class: 'body' }, this.dims.length ? this.facets : null, this.results), this.pager];
      }
      this.input.oninput = () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.page = 1;
          this.search();
        }, 250);
      };
      root.replaceChildren(h('div', { class: 'w' + (this.compact ? ' compact' : ''), lang: this.lang_, dir: rtl ? 'rtl' : 'ltr' }, box));
      if (!this.compact || this.input.value.trim()) this.search();
      if (this.mapBox) this.loadMap(this.mapBox);
      if (this.mapBox || this.dims.includes('country')) this.loadNames();
    }

    // Country names in the widget's language, from the service's country table.
    loadNames() {
      const lang = this.lang_;
      fetch(this.api + '/api/countries?lang=' + lang).then((r) => r.json()).then((table) => {
        if (lang !== this.lang_) return;
        this.names = {};
        for (const c of table.countries) this.names[c.name] = c.names[lang];
        if (this.data) this.show(this.data);
      }, () => {});
    }

    // The page's map module and stylesheet, from the service, only for <lcs-search map>.
    loadMap(box) {
      const api = this.api;
      const i18n = {
        t: (key, v = {}) => key === 'mapCountry' ? this.count(v.n, true, 18).replace('{c}', v.country)
          : key === 'about' ? this.t(14).replace('{n}', this.num(v.n)) : this.t({ 'map.heading': 15, 'map.legend': 16 }[key] || 17),
        facetLabel: (d, v) => this.label(d, v),
        number: (n) => this.num(n),
      };
      Promise.all([import(api + '/js/map.js'), fetch(api + '/css/map.css').then((r) => r.text())]).then(([m, css]) => {
        const s = new CSSStyleSheet();
        s.replaceSync(css);
        this.shadowRoot.adoptedStyleSheets = [sheet, s];
        return m.createMap(box, { i18n, base: api, onToggle: (value, on) => {
          if (this.fixed.country.length) return;
          const set = new Set(this.chosen.country || []);
          on ? set.add(value) : set.delete(value);
          this.chosen.country = [...set];
          this.page = 1;
          this.search();
        } });
      }).then((map) => {
        if (box !== this.mapBox) return;
        this.map = map;
        if (this.data) map.update(this.data.facets.country || [], this.data.facetsExact === false);
      }, () => box.replaceChildren()).finally(() => box.removeAttribute('aria-busy'));
    }

    params(page) {
      const p = new URLSearchParams();
      if (this.input.value.trim()) p.set('q', this.input.value.trim());
      for (const d of DIMS) for (const v of [...this.fixed[d], ...(this.chosen[d] || [])]) p.append(d, v);
      if (page) {
        p.set('page', this.page);
        p.set('size', this.size);
      }
      return p;
    }

    // The search as analytics count it: [key, query, filters]; another page is the same search.
    intent() {
      const q = this.input.value.trim();
      const filters = {};
      for (const d of DIMS) {
        const v = [...this.fixed[d], ...(this.chosen[d] || [])];
        if (v.length) filters[d] = v;
      }
      return [JSON.stringify([q.toLowerCase().replace(/\s+/g, ' '), filters]), q, filters];
    }

    clicked(li) {
      const i = [...this.results.children].indexOf(li);
      const hit = this.hits && this.hits[i];
      if (hit) this.track.click((this.page - 1) * this.size + i + 1, hit.id);
    }

    // Nothing found: the correction as a button, and the most searched queries that find something.
    async rescue(data) {
      const again = (q) => {
        const b = h('button', { type: 'button', class: 'more' }, q);
        b.onclick = () => {
          this.input.value = q;
          this.page = 1;
          this.search();
        };
        return b;
      };
      const li = h('li', { class: 'hit' });
      if (data.didYouMean) li.append(h('p', null, this.t(19).split('{q}')[0], again(data.didYouMean), this.t(19).split('{q}')[1]));
      try {
        const res = await fetch(this.api + '/api/popular?size=5');
        const qs = res.ok ? (await res.json()).queries : [];
        if (qs.length) li.append(h('p', null, this.t(20) + ' ', qs.map((q, i) => [i ? ', ' : null, again(q)])));
      } catch (e) { /* no suggestions then */ }
      if (li.childNodes.length && this.hits === data.hits) this.results.append(li);
    }

    async search() {
      clearTimeout(this.timer);
      if (this.ctrl) this.ctrl.abort();
      const ctrl = (this.ctrl = new AbortController());
      if (this.compact && !this.input.value.trim()) return this.open(false);
      this.results.setAttribute('aria-busy', 'true');
      try {
        const res = await fetch(this.api + '/api/search?' + this.params(true), { signal: ctrl.signal });
        const data = await res.json();
        if (!res.ok) throw new Error(data.error && data.error.message);
        this.show(data);
      } catch (e) {
        if (e.name === 'AbortError') return;
        this.status.textContent = '';
        this.results.replaceChildren(h('li', { part: 'error', class: 'err', role: this.compact ? 'option' : null }, this.t(6)));
        if (this.compact) this.open(true);
      } finally {
        if (this.ctrl === ctrl) this.results.removeAttribute('aria-busy');
      }
    }

    href(hit) {
      const lang = this.getAttribute('lang') ? '?lang=' + encodeURIComponent(this.lang_) : '';
      return safeUrl(hit.url) || this.api + '/doc/' + encodeURIComponent(hit.id) + lang;
    }

    show(data) {
      this.hits = data.hits;
      const [key, q, filters] = this.intent();
      if (q || Object.keys(filters).length) this.track.answer(data, key, q, filters);
      if (!data.total && !this.compact) this.rescue(data);
      this.status.textContent = data.total ? this.up(this.count(data.total, data.totalExact)) : this.t(3);
      const c = this.compact;
      this.results.replaceChildren(...data.hits.map((hit, i) => {
        const s = h(c ? 'div' : 'p', { part: 'snippet', class: 's', dir: 'auto' });
        if (hit.snippet) snippet(s, hit.snippet);
        else s.textContent = hit.summary || '';
        const title = c ? h('div', { part: 'title', class: 't', dir: 'auto' }, hit.title || hit.id)
          : h('a', { part: 'title', class: 't', href: this.href(hit), dir: 'auto' }, hit.title || hit.id);
        const meta = [this.label('type', hit.type), [hit.city, hit.country && this.label('country', hit.country)].filter(Boolean).join(', '), hit.year]
          .filter(Boolean).map((m) => h('bdi', null, m));
        return h('li', { part: 'hit', class: 'hit', lang: hit.language, id: c ? 'o' + i : null, role: c ? 'option' : null,
          'aria-selected': c ? 'false' : null, 'data-href': c ? this.href(hit) : null },
        title, h('div', { part: 'meta', class: 'meta', lang: this.lang_ }, meta.flatMap((m, j) => (j ? [' · ', m] : [m]))), s);
      }));
      if (c) {
        if (data.total > data.hits.length) {
          this.results.append(h('li', { role: 'option', class: 'all', id: 'o' + data.hits.length, 'aria-selected': 'false',
            'data-href': this.api + '/?' + this.params(false) }, this.t(7) + ' (' + this.count(data.total, data.totalExact) + ')'));
        }
        if (!data.total) this.results.append(h('li', { role: 'option', 'aria-disabled': 'true' }, this.t(3)));
        this.active = -1;
        this.open(this.shadowRoot.activeElement === this.input);
        return;
      }
      this.data = data;
      this.drawFacets();
      if (this.map) this.map.update(data.facets.country || [], data.facetsExact === false);
      // The same two buttons stay, so keyboard focus stays on them while paging.
      const pages = Math.ceil(data.total / this.size);
      const [prev, at, next] = this.pager.children;
      const focused = this.shadowRoot.activeElement;
      prev.disabled = this.page < 2;
      next.disabled = this.page >= pages;
      at.textContent = this.page + ' / ' + pages;
      if (focused && focused.disabled) (focused === prev ? next : prev).focus();
      this.pager.hidden = pages < 2;
    }

    // Long lists show 8 values (and any chosen) until "show all"; focus survives the redraw. Estimated
    // counts show as "~N", read and hovered as "about N".
    drawFacets() {
      const data = this.data;
      const count = (n, estimated) => {
        if (data.facetsExact === false && estimated) n = Number(Number(n).toPrecision(2)); // two significant figures
        const about = data.facetsExact === false && estimated && this.t(14).replace('{n}', this.num(n));
        return h('span', { class: 'c', title: about }, about ? [h('span', { 'aria-hidden': 'true' }, '~' + this.num(n)),
          h('span', { class: 'vh' }, about)] : this.num(n));
      };
      const was = this.shadowRoot.activeElement;
      const key = was && this.facets.contains(was) ? was.name + '\n' + was.value : null;
      this.facets.replaceChildren(...this.dims.filter((d) => (data.facets[d] || []).length).map((d) => {
        const all = data.facets[d];
        const open = this.more.has(d);
        const more = h('button', { type: 'button', class: 'more', name: d, value: '', 'aria-expanded': String(open) },
          open ? '−' : this.t(13).replace('{n}', all.length));
        more.onclick = () => {
          this.more[open ? 'delete' : 'add'](d);
          this.drawFacets();
        };
        return h('fieldset', { part: 'facet' }, h('legend', null, this.t(8).split('|')[DIMS.indexOf(d)]),
          all.filter((e, i) => open || e.selected || i < 8).map((e) => h('label', { class: 'o', part: 'facet-option' },
            h('input', { type: 'checkbox', name: d, value: e.value, checked: e.selected ? '' : null }),
            h('span', null, this.label(d, e.value)), count(e.count, e.estimated))),
          all.length > 8 ? more : null);
      }));
      if (key) {
        const again = [...this.facets.querySelectorAll('[name]')].find((el) => el.name + '\n' + el.value === key);
        if (again) again.focus();
      }
    }

    open(on) {
      if (!this.compact) return;
      on = on && this.results.children.length > 0;
      this.results.hidden = !on;
      this.input.setAttribute('aria-expanded', on);
      if (!on) this.mark(-1);
    }

    mark(i) {
      this.active = i;
      [...this.results.children].forEach((li, j) => li.setAttribute('aria-selected', i === j));
      if (i >= 0) {
        this.input.setAttribute('aria-activedescendant', 'o' + i);
        this.results.children[i].scrollIntoView({ block: 'nearest' });
      } else this.input.removeAttribute('aria-activedescendant');
    }

    key(e) {
      const n = this.results.children.length;
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
        e.preventDefault();
        this.open(true);
        this.mark(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active < 1 ? n : this.active) - 1);
      } else if (e.key === 'Enter' && this.active >= 0) {
        e.preventDefault();
        this.go(this.results.children[this.active]);
      } else if (e.key === 'Escape') {
        this.open(false);
      }
    }

    go(li) {
      if (li && li.classList.contains('hit')) this.clicked(li);
      if (li && li.dataset.href) location.assign(li.dataset.href);
    }
  }

  if (!customElements.get('lcs-search')) customElements.define('lcs-search', LcsSearch);
})();
