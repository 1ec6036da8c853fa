// UI strings and locale formatting. Templates use {name}; t() and parts() fill them, parts() also
// with DOM nodes (a "did you mean" link), so no translation is ever parsed as HTML.

export const LANGUAGES = {
  en: 'English', fr: 'Français', es: 'Español', ru: 'Русский', ar: 'العربية', zh: '中文', pt: 'Português', uz: 'Oʻzbekcha',
};
const RTL = new Set(['ar']);

const STRINGS = {
  en: {
    brand: 'Learning City Search',
    heading: 'Search the UNESCO Global Network of Learning Cities',
    skip: 'Skip to results',
    uiLanguage: 'Interface language',
    searchLabel: 'Search documents',
    placeholder: 'City, country or topic',
    search: 'Search',
    suggestions: 'Suggestions',
    kind: { city: 'City', country: 'Country', document: 'Document' },
    results: { one: '{n} result', other: '{n} results' },
    resultsFor: { one: '{n} result for “{q}”', other: '{n} results for “{q}”' },
    documents: { one: '{n} document', other: '{n} documents' },
    aboutResultsFor: { one: 'About {n} result for “{q}”', other: 'About {n} results for “{q}”' },
    aboutDocuments: { one: 'About {n} document', other: 'About {n} documents' },
    about: 'about {n}',
    resultsHeading: 'Results',
    sort: 'Sort by',
    relevance: 'Relevance',
    newest: 'Newest first',
    filters: 'Filters',
    filtersCount: 'Filters ({n})',
    facet: { place: 'Region and country', country: 'Country', region: 'Region', year: 'Year', type: 'Type', language: 'Language' },
    filterCountries: 'Filter countries',
    noCountry: 'No country matches.',
    showAll: 'Show all {n}',
    showFewer: 'Show fewer',
    activeFilters: 'Active filters',
    removeFilter: 'Remove filter {label}',
    clearAll: 'Clear all',
    didYouMean: 'Did you mean {q}?',
    showingFor: 'No results for “{original}”. Showing results for {q}.',
    noResults: 'No results for “{q}”.',
    noDocuments: 'No documents match these filters.',
    hintSpelling: 'Check the spelling or try other words.',
    hintFilters: 'Remove a filter to see more:',
    removeAll: 'Remove all filters',
    loading: 'Searching…',
    error: 'The search service could not be reached. Please try again.',
    retry: 'Try again',
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {n}',
    fullText: 'Full text',
    external: '(opens the original site)',
    back: 'Back to results',
    related: 'Related documents',
    noRelated: 'No related documents.',
    source: 'Source',
    openOriginal: 'Open the original',
    notFound: 'This document does not exist.',
    embed: 'Embed the search widget on your site',
    meta: { type: 'Type', city: 'City', country: 'Country', region: 'Region', date: 'Date', language: 'Language' },
    type: { profile: 'Profile', story: 'Story', news: 'News', 'press-release': 'Press release', publication: 'Publication', event: 'Event' },
    map: {
      heading: 'Map of results', show: 'Show map', hide: 'Hide map', legend: 'Results per country',
      unavailable: 'The map could not be loaded.', credit: 'Shapes: Natural Earth.',
      none: '{country}: no results',
      zoomIn: 'Zoom in', zoomOut: 'Zoom out',
    },
    mapCountry: { one: '{country}: {n} result', other: '{country}: {n} results' },
    region: {
      'Africa': 'Africa', 'Arab States': 'Arab States', 'Asia and the Pacific': 'Asia and the Pacific',
      'Europe and North America': 'Europe and North America', 'Latin America and the Caribbean': 'Latin America and the Caribbean',
    },
  },
  fr: {
    brand: 'Recherche Villes apprenantes',
    heading: 'Rechercher dans le Réseau mondial des villes apprenantes de l’UNESCO',
    skip: 'Aller aux résultats',
    uiLanguage: 'Langue de l’interface',
    searchLabel: 'Rechercher des documents',
    placeholder: 'Ville, pays ou thème',
    search: 'Rechercher',
    suggestions: 'Suggestions',
    kind: { city: 'Ville', country: 'Pays', document: 'Document' },
    results: { one: '{n} résultat', other: '{n} résultats' },
    resultsFor: { one: '{n} résultat pour « {q} »', other: '{n} résultats pour « {q} »' },
    documents: { one: '{n} document', other: '{n} documents' },
    aboutResultsFor: { one: 'Environ {n} résultat pour « {q} »', other: 'Environ {n} résultats pour « {q} »' },
    aboutDocuments: { one: 'Environ {n} document', other: 'Environ {n} documents' },
    about: 'environ {n}',
    resultsHeading: 'Résultats',
    sort: 'Trier par',
    relevance: 'Pertinence',
    newest: 'Plus récents',
    filters: 'Filtres',
    filtersCount: 'Filtres ({n})',
    facet: { place: 'Région et pays', country: 'Pays', region: 'Région', year: 'Année', type: 'Type', language: 'Langue' },
    filterCountries: 'Filtrer les pays',
    noCountry: 'Aucun pays ne correspond.',
    showAll: 'Afficher les {n}',
    showFewer: 'Afficher moins',
    activeFilters: 'Filtres actifs',
    removeFilter: 'Retirer le filtre {label}',
    clearAll: 'Tout effacer',
    didYouMean: 'Vouliez-vous dire {q} ?',
    showingFor: 'Aucun résultat pour « {original} ». Résultats pour {q}.',
    noResults: 'Aucun résultat pour « {q} ».',
    noDocuments: 'Aucun document ne correspond à ces filtres.',
    hintSpelling: 'Vérifiez l’orthographe ou essayez d’autres mots.',
    hintFilters: 'Retirez un filtre pour voir plus de résultats :',
    removeAll: 'Retirer tous les filtres',
    loading: 'Recherche…',
    error: 'Le service de recherche est injoignable. Veuillez réessayer.',
    retry: 'Réessayer',
    pages: 'Pages',
    previous: 'Précédent',
    next: 'Suivant',
    page: 'Page {n}',
    fullText: 'Texte intégral',
    external: '(ouvre le site d’origine)',
    back: 'Retour aux résultats',
    related: 'Documents liés',
    noRelated: 'Aucun document lié.',
    source: 'Source',
    openOriginal: 'Ouvrir l’original',
    notFound: 'Ce document n’existe pas.',
    embed: 'Intégrer le widget de recherche à votre site',
    meta: { type: 'Type', city: 'Ville', country: 'Pays', region: 'Région', date: 'Date', language: 'Langue' },
    type: { profile: 'Profil', story: 'Récit', news: 'Actualité', 'press-release': 'Communiqué de presse', publication: 'Publication', event: 'Événement' },
    map: {
      heading: 'Carte des résultats', show: 'Afficher la carte', hide: 'Masquer la carte', legend: 'Résultats par pays',
      unavailable: 'La carte n’a pas pu être chargée.', credit: 'Contours : Natural Earth.',
      none: '{country} : aucun résultat',
      zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière',
    },
    mapCountry: { one: '{country} : {n} résultat', other: '{country} : {n} résultats' },
    region: {
      'Africa': 'Afrique', 'Arab States': 'États arabes', 'Asia and the Pacific': 'Asie et Pacifique',
      'Europe and North America': 'Europe et Amérique du Nord', 'Latin America and the Caribbean': 'Amérique latine et Caraïbes',
    },
  },
  es: {
    brand: 'Buscador de Ciudades del Aprendizaje',
    heading: 'Buscar en la Red Mundial de Ciudades del Aprendizaje de la UNESCO',
    skip: 'Ir a los resultados',
    uiLanguage: 'Idioma de la interfaz',
    searchLabel: 'Buscar documentos',
    placeholder: 'Ciudad, país o tema',
    search: 'Buscar',
    suggestions: 'Sugerencias',
    kind: { city: 'Ciudad', country: 'País', document: 'Documento' },
    results: { one: '{n} resultado', other: '{n} resultados' },
    resultsFor: { one: '{n} resultado para «{q}»', other: '{n} resultados para «{q}»' },
    documents: { one: '{n} documento', other: '{n} documentos' },
    aboutResultsFor: { one: 'Aproximadamente {n} resultado para «{q}»', other: 'Aproximadamente {n} resultados para «{q}»' },
    aboutDocuments: { one: 'Aproximadamente {n} documento', other: 'Aproximadamente {n} documentos' },
    about: 'aproximadamente {n}',
    resultsHeading: 'Resultados',
    sort: 'Ordenar por',
    relevance: 'Relevancia',
    newest: 'Más recientes',
    filters: 'Filtros',
    filtersCount: 'Filtros ({n})',
    facet: { place: 'Región y país', country: 'País', region: 'Región', year: 'Año', type: 'Tipo', language: 'Idioma' },
    filterCountries: 'Filtrar países',
    noCountry: 'Ningún país coincide.',
    showAll: 'Mostrar los {n}',
    showFewer: 'Mostrar menos',
    activeFilters: 'Filtros activos',
    removeFilter: 'Quitar el filtro {label}',
    clearAll: 'Borrar todo',
    didYouMean: '¿Quiso decir {q}?',
    showingFor: 'No hay resultados para «{original}». Resultados para {q}.',
    noResults: 'No hay resultados para «{q}».',
    noDocuments: 'Ningún documento coincide con estos filtros.',
    hintSpelling: 'Revise la ortografía o pruebe otras palabras.',
    hintFilters: 'Quite un filtro para ver más:',
    removeAll: 'Quitar todos los filtros',
    loading: 'Buscando…',
    error: 'No se pudo contactar con el servicio de búsqueda. Inténtelo de nuevo.',
    retry: 'Reintentar',
    pages: 'Páginas',
    previous: 'Anterior',
    next: 'Siguiente',
    page: 'Página {n}',
    fullText: 'Texto completo',
    external: '(abre el sitio original)',
    back: 'Volver a los resultados',
    related: 'Documentos relacionados',
    noRelated: 'No hay documentos relacionados.',
    source: 'Fuente',
    openOriginal: 'Abrir el original',
    notFound: 'Este documento no existe.',
    embed: 'Inserte el buscador en su sitio',
    meta: { type: 'Tipo', city: 'Ciudad', country: 'País', region: 'Región', date: 'Fecha', language: 'Idioma' },
    type: { profile: 'Perfil', story: 'Historia', news: 'Noticia', 'press-release': 'Comunicado de prensa', publication: 'Publicación', event: 'Evento' },
    map: {
      heading: 'Mapa de resultados', show: 'Mostrar el mapa', hide: 'Ocultar el mapa', legend: 'Resultados por país',
      unavailable: 'No se pudo cargar el mapa.', credit: 'Contornos: Natural Earth.',
      none: '{country}: sin resultados',
      zoomIn: 'Acercar', zoomOut: 'Alejar',
    },
    mapCountry: { one: '{country}: {n} resultado', other: '{country}: {n} resultados' },
    region: {
      'Africa': 'África', 'Arab States': 'Estados Árabes', 'Asia and the Pacific': 'Asia y el Pacífico',
      'Europe and North America': 'Europa y América del Norte', 'Latin America and the Caribbean': 'América Latina y el Caribe',
    },
  },
  ru: {
    brand: 'Поиск по обучающимся городам',
    heading: 'Поиск по Глобальной сети обучающихся городов ЮНЕСКО',
    skip: 'Перейти к результатам',
    uiLanguage: 'Язык интерфейса',
    searchLabel: 'Поиск документов',
    placeholder: 'Город, страна или тема',
    search: 'Найти',
    suggestions: 'Подсказки',
    kind: { city: 'Город', country: 'Страна', document: 'Документ' },
    results: { one: '{n} результат', few: '{n} результата', many: '{n} результатов', other: '{n} результата' },
    resultsFor: {
      one: '{n} результат по запросу «{q}»', few: '{n} результата по запросу «{q}»',
      many: '{n} результатов по запросу «{q}»', other: '{n} результата по запросу «{q}»',
    },
    documents: { one: '{n} документ', few: '{n} документа', many: '{n} документов', other: '{n} документа' },
    aboutResultsFor: {
      one: 'Примерно {n} результат по запросу «{q}»', few: 'Примерно {n} результата по запросу «{q}»',
      many: 'Примерно {n} результатов по запросу «{q}»', other: 'Примерно {n} результата по запросу «{q}»',
    },
    aboutDocuments: {
      one: 'Примерно {n} документ', few: 'Примерно {n} документа', many: 'Примерно {n} документов', other: 'Примерно {n} документа',
    },
    about: 'примерно {n}',
    resultsHeading: 'Результаты',
    sort: 'Сортировка',
    relevance: 'По релевантности',
    newest: 'Сначала новые',
    filters: 'Фильтры',
    filtersCount: 'Фильтры ({n})',
    facet: { place: 'Регион и страна', country: 'Страна', region: 'Регион', year: 'Год', type: 'Тип', language: 'Язык' },
    filterCountries: 'Найти страну',
    noCountry: 'Страна не найдена.',
    showAll: 'Показать все ({n})',
    showFewer: 'Свернуть',
    activeFilters: 'Выбранные фильтры',
    removeFilter: 'Убрать фильтр {label}',
    clearAll: 'Сбросить всё',
    didYouMean: 'Возможно, вы имели в виду {q}?',
    showingFor: 'По запросу «{original}» ничего не найдено. Показаны результаты для {q}.',
    noResults: 'По запросу «{q}» ничего не найдено.',
    noDocuments: 'Нет документов, подходящих под эти фильтры.',
    hintSpelling: 'Проверьте написание или попробуйте другие слова.',
    hintFilters: 'Уберите фильтр, чтобы увидеть больше:',
    removeAll: 'Убрать все фильтры',
    loading: 'Поиск…',
    error: 'Служба поиска недоступна. Попробуйте ещё раз.',
    retry: 'Повторить',
    pages: 'Страницы',
    previous: 'Назад',
    next: 'Далее',
    page: 'Страница {n}',
    fullText: 'Полный текст',
    external: '(откроется исходный сайт)',
    back: 'К результатам',
    related: 'Похожие документы',
    noRelated: 'Похожих документов нет.',
    source: 'Источник',
    openOriginal: 'Открыть оригинал',
    notFound: 'Такого документа нет.',
    embed: 'Встроить виджет поиска на свой сайт',
    meta: { type: 'Тип', city: 'Город', country: 'Страна', region: 'Регион', date: 'Дата', language: 'Язык' },
    type: { profile: 'Профиль', story: 'История', news: 'Новость', 'press-release': 'Пресс-релиз', publication: 'Публикация', event: 'Событие' },
    map: {
      heading: 'Карта результатов', show: 'Показать карту', hide: 'Скрыть карту', legend: 'Результаты по странам',
      unavailable: 'Не удалось загрузить карту.', credit: 'Границы: Natural Earth.',
      none: '{country}: нет результатов',
      zoomIn: 'Увеличить', zoomOut: 'Уменьшить',
    },
    mapCountry: {
      one: '{country}: {n} результат', few: '{country}: {n} результата', many: '{country}: {n} результатов', other: '{country}: {n} результата',
    },
    region: {
      'Africa': 'Африка', 'Arab States': 'Арабские государства', 'Asia and the Pacific': 'Азия и Тихий океан',
      'Europe and North America': 'Европа и Северная Америка', 'Latin America and the Caribbean': 'Латинская Америка и Карибский бассейн',
    },
  },
  ar: {
    brand: 'البحث في مدن التعلّم',
    heading: 'ابحث في شبكة اليونسكو العالمية لمدن التعلّم',
    skip: 'انتقل إلى النتائج',
    uiLanguage: 'لغة الواجهة',
    searchLabel: 'البحث في الوثائق',
    placeholder: 'مدينة أو بلد أو موضوع',
    search: 'بحث',
    suggestions: 'اقتراحات',
    kind: { city: 'مدينة', country: 'بلد', document: 'وثيقة' },
    results: { zero: 'لا توجد نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{n} نتائج', many: '{n} نتيجة', other: '{n} نتيجة' },
    resultsFor: {
      zero: 'لا توجد نتائج عن «{q}»', one: 'نتيجة واحدة عن «{q}»', two: 'نتيجتان عن «{q}»',
      few: '{n} نتائج عن «{q}»', many: '{n} نتيجة عن «{q}»', other: '{n} نتيجة عن «{q}»',
    },
    documents: { zero: 'لا توجد وثائق', one: 'وثيقة واحدة', two: 'وثيقتان', few: '{n} وثائق', many: '{n} وثيقة', other: '{n} وثيقة' },
    aboutResultsFor: {
      zero: 'حوالي {n} نتيجة عن «{q}»', one: 'حوالي نتيجة واحدة عن «{q}»', two: 'حوالي نتيجتين عن «{q}»',
      few: 'حوالي {n} نتائج عن «{q}»', many: 'حوالي {n} نتيجة عن «{q}»', other: 'حوالي {n} نتيجة عن «{q}»',
    },
    aboutDocuments: {
      zero: 'حوالي {n} وثيقة', one: 'حوالي وثيقة واحدة', two: 'حوالي وثيقتين', few: 'حوالي {n} وثائق', many: 'حوالي {n} وثيقة',
      other: 'حوالي {n} وثيقة',
    },
    about: 'حوالي {n}',
    resultsHeading: 'النتائج',
    sort: 'الترتيب حسب',
    relevance: 'الصلة',
    newest: 'الأحدث أولاً',
    filters: 'عوامل التصفية',
    filtersCount: 'عوامل التصفية ({n})',
    facet: { place: 'المنطقة والبلد', country: 'البلد', region: 'المنطقة', year: 'السنة', type: 'النوع', language: 'اللغة' },
    filterCountries: 'تصفية البلدان',
    noCountry: 'لا يوجد بلد مطابق.',
    showAll: 'عرض الكل ({n})',
    showFewer: 'عرض أقل',
    activeFilters: 'عوامل التصفية المختارة',
    removeFilter: 'إزالة عامل التصفية {label}',
    clearAll: 'مسح الكل',
    didYouMean: 'هل تقصد {q}؟',
    showingFor: 'لا توجد نتائج عن «{original}». عرض نتائج {q}.',
    noResults: 'لا توجد نتائج عن «{q}».',
    noDocuments: 'لا توجد وثائق تطابق عوامل التصفية هذه.',
    hintSpelling: 'تحقق من الإملاء أو جرّب كلمات أخرى.',
    hintFilters: 'أزل عامل تصفية لرؤية المزيد:',
    removeAll: 'إزالة كل عوامل التصفية',
    loading: 'جارٍ البحث…',
    error: 'تعذّر الوصول إلى خدمة البحث. يُرجى المحاولة مرة أخرى.',
    retry: 'إعادة المحاولة',
    pages: 'الصفحات',
    previous: 'السابق',
    next: 'التالي',
    page: 'الصفحة {n}',
    fullText: 'النص الكامل',
    external: '(يفتح الموقع الأصلي)',
    back: 'العودة إلى النتائج',
    related: 'وثائق ذات صلة',
    noRelated: 'لا توجد وثائق ذات صلة.',
    source: 'المصدر',
    openOriginal: 'فتح الأصل',
    notFound: 'هذه الوثيقة غير موجودة.',
    embed: 'أضف أداة البحث إلى موقعك',
    meta: { type: 'النوع', city: 'المدينة', country: 'البلد', region: 'المنطقة', date: 'التاريخ', language: 'اللغة' },
    type: { profile: 'لمحة', story: 'قصة', news: 'خبر', 'press-release': 'بيان صحفي', publication: 'منشور', event: 'فعالية' },
    map: {
      heading: 'خريطة النتائج', show: 'إظهار الخريطة', hide: 'إخفاء الخريطة', legend: 'النتائج حسب البلد',
      unavailable: 'تعذّر تحميل الخريطة.', credit: 'الحدود: Natural Earth.',
      none: '{country}: لا توجد نتائج',
      zoomIn: 'تكبير', zoomOut: 'تصغير',
    },
    mapCountry: {
      zero: '{country}: لا توجد نتائج', one: '{country}: نتيجة واحدة', two: '{country}: نتيجتان',
      few: '{country}: {n} نتائج', many: '{country}: {n} نتيجة', other: '{country}: {n} نتيجة',
    },
    region: {
      'Africa': 'أفريقيا', 'Arab States': 'الدول العربية', 'Asia and the Pacific': 'آسيا والمحيط الهادئ',
      'Europe and North America': 'أوروبا وأمريكا الشمالية', 'Latin America and the Caribbean': 'أمريكا اللاتينية والبحر الكاريبي',
    },
  },
  zh: {
    brand: '学习型城市搜索',
    heading: '搜索联合国教科文组织全球学习型城市网络',
    skip: '跳到结果',
    uiLanguage: '界面语言',
    searchLabel: '搜索文献',
    placeholder: '城市、国家或主题',
    search: '搜索',
    suggestions: '建议',
    kind: { city: '城市', country: '国家', document: '文献' },
    results: { other: '{n} 条结果' },
    resultsFor: { other: '“{q}”的结果：{n} 条' },
    documents: { other: '{n} 篇文献' },
    aboutResultsFor: { other: '“{q}”的结果：约 {n} 条' },
    aboutDocuments: { other: '约 {n} 篇文献' },
    about: '约 {n}',
    resultsHeading: '结果',
    sort: '排序',
    relevance: '相关度',
    newest: '最新',
    filters: '筛选',
    filtersCount: '筛选（{n}）',
    facet: { place: '地区和国家', country: '国家', region: '地区', year: '年份', type: '类型', language: '语言' },
    filterCountries: '筛选国家',
    noCountry: '没有匹配的国家。',
    showAll: '显示全部 {n} 个',
    showFewer: '收起',
    activeFilters: '已选筛选条件',
    removeFilter: '移除筛选条件 {label}',
    clearAll: '全部清除',
    didYouMean: '您是不是要找 {q}？',
    showingFor: '没有“{original}”的结果。以下是 {q} 的结果。',
    noResults: '没有“{q}”的结果。',
    noDocuments: '没有符合这些筛选条件的文献。',
    hintSpelling: '请检查拼写或换用其他词语。',
    hintFilters: '移除筛选条件以查看更多：',
    removeAll: '移除所有筛选条件',
    loading: '正在搜索…',
    error: '无法连接搜索服务，请重试。',
    retry: '重试',
    pages: '分页',
    previous: '上一页',
    next: '下一页',
    page: '第 {n} 页',
    fullText: '全文',
    external: '（打开原网站）',
    back: '返回结果',
    related: '相关文献',
    noRelated: '没有相关文献。',
    source: '来源',
    openOriginal: '打开原文',
    notFound: '该文献不存在。',
    embed: '在您的网站嵌入搜索小组件',
    meta: { type: '类型', city: '城市', country: '国家', region: '地区', date: '日期', language: '语言' },
    type: { profile: '城市简介', story: '故事', news: '新闻', 'press-release': '新闻稿', publication: '出版物', event: '活动' },
    map: {
      heading: '结果地图', show: '显示地图', hide: '隐藏地图', legend: '各国结果数',
      unavailable: '无法加载地图。', credit: '边界：Natural Earth。',
      none: '{country}：无结果',
      zoomIn: '放大', zoomOut: '缩小',
    },
    mapCountry: { other: '{country}：{n} 条结果' },
    region: {
      'Africa': '非洲', 'Arab States': '阿拉伯国家', 'Asia and the Pacific': '亚洲及太平洋',
      'Europe and North America': '欧洲和北美', 'Latin America and the Caribbean': '拉丁美洲和加勒比',
    },
  },
  pt: {
    brand: 'Pesquisa Cidades de Aprendizagem',
    heading: 'Pesquisar na Rede Mundial de Cidades de Aprendizagem da UNESCO',
    skip: 'Ir para os resultados',
    uiLanguage: 'Idioma da interface',
    searchLabel: 'Pesquisar documentos',
    placeholder: 'Cidade, país ou tema',
    search: 'Pesquisar',
    suggestions: 'Sugestões',
    kind: { city: 'Cidade', country: 'País', document: 'Documento' },
    results: { one: '{n} resultado', other: '{n} resultados' },
    resultsFor: { one: '{n} resultado para “{q}”', other: '{n} resultados para “{q}”' },
    documents: { one: '{n} documento', other: '{n} documentos' },
    aboutResultsFor: { one: 'Cerca de {n} resultado para “{q}”', other: 'Cerca de {n} resultados para “{q}”' },
    aboutDocuments: { one: 'Cerca de {n} documento', other: 'Cerca de {n} documentos' },
    about: 'cerca de {n}',
    resultsHeading: 'Resultados',
    sort: 'Ordenar por',
    relevance: 'Relevância',
    newest: 'Mais recentes',
    filters: 'Filtros',
    filtersCount: 'Filtros ({n})',
    facet: { place: 'Região e país', country: 'País', region: 'Região', year: 'Ano', type: 'Tipo', language: 'Idioma' },
    filterCountries: 'Filtrar países',
    noCountry: 'Nenhum país corresponde.',
    showAll: 'Mostrar todos os {n}',
    showFewer: 'Mostrar menos',
    activeFilters: 'Filtros ativos',
    removeFilter: 'Remover o filtro {label}',
    clearAll: 'Limpar tudo',
    didYouMean: 'Você quis dizer {q}?',
    showingFor: 'Nenhum resultado para “{original}”. Mostrando resultados para {q}.',
    noResults: 'Nenhum resultado para “{q}”.',
    noDocuments: 'Nenhum documento corresponde a estes filtros.',
    hintSpelling: 'Verifique a ortografia ou tente outras palavras.',
    hintFilters: 'Remova um filtro para ver mais:',
    removeAll: 'Remover todos os filtros',
    loading: 'Pesquisando…',
    error: 'Não foi possível contactar o serviço de pesquisa. Tente novamente.',
    retry: 'Tentar novamente',
    pages: 'Páginas',
    previous: 'Anterior',
    next: 'Seguinte',
    page: 'Página {n}',
    fullText: 'Texto completo',
    external: '(abre o site original)',
    back: 'Voltar aos resultados',
    related: 'Documentos relacionados',
    noRelated: 'Nenhum documento relacionado.',
    source: 'Fonte',
    openOriginal: 'Abrir o original',
    notFound: 'Este documento não existe.',
    embed: 'Incorpore o widget de pesquisa no seu site',
    meta: { type: 'Tipo', city: 'Cidade', country: 'País', region: 'Região', date: 'Data', language: 'Idioma' },
    type: { profile: 'Perfil', story: 'História', news: 'Notícia', 'press-release': 'Comunicado de imprensa', publication: 'Publicação', event: 'Evento' },
    map: {
      heading: 'Mapa dos resultados', show: 'Mostrar o mapa', hide: 'Ocultar o mapa', legend: 'Resultados por país',
      unavailable: 'Não foi possível carregar o mapa.', credit: 'Contornos: Natural Earth.',
      none: '{country}: nenhum resultado',
      zoomIn: 'Ampliar', zoomOut: 'Reduzir',
    },
    mapCountry: { one: '{country}: {n} resultado', other: '{country}: {n} resultados' },
    region: {
      'Africa': 'África', 'Arab States': 'Estados Árabes', 'Asia and the Pacific': 'Ásia e Pacífico',
      'Europe and North America': 'Europa e América do Norte', 'Latin America and the Caribbean': 'América Latina e Caribe',
    },
  },
  uz: {
    brand: 'Taʼlim shaharlari qidiruvi',
    heading: 'YUNESKO Taʼlim shaharlari global tarmogʻida qidirish',
    skip: 'Natijalarga oʻtish',
    uiLanguage: 'Interfeys tili',
    searchLabel: 'Hujjatlarni qidirish',
    placeholder: 'Shahar, mamlakat yoki mavzu',
    search: 'Qidirish',
    suggestions: 'Takliflar',
    kind: { city: 'Shahar', country: 'Mamlakat', document: 'Hujjat' },
    results: { one: '{n} ta natija', other: '{n} ta natija' },
    resultsFor: { one: '“{q}” boʻyicha {n} ta natija', other: '“{q}” boʻyicha {n} ta natija' },
    documents: { one: '{n} ta hujjat', other: '{n} ta hujjat' },
    aboutResultsFor: { one: '“{q}” boʻyicha taxminan {n} ta natija', other: '“{q}” boʻyicha taxminan {n} ta natija' },
    aboutDocuments: { one: 'Taxminan {n} ta hujjat', other: 'Taxminan {n} ta hujjat' },
    about: 'taxminan {n}',
    resultsHeading: 'Natijalar',
    sort: 'Saralash',
    relevance: 'Moslik',
    newest: 'Avval yangilari',
    filters: 'Filtrlar',
    filtersCount: 'Filtrlar ({n})',
    facet: { place: 'Mintaqa va mamlakat', country: 'Mamlakat', region: 'Mintaqa', year: 'Yil', type: 'Turi', language: 'Til' },
    filterCountries: 'Mamlakatlarni filtrlash',
    noCountry: 'Mos mamlakat yoʻq.',
    showAll: 'Hammasini koʻrsatish ({n})',
    showFewer: 'Kamroq koʻrsatish',
    activeFilters: 'Faol filtrlar',
    removeFilter: '{label} filtrini olib tashlash',
    clearAll: 'Hammasini tozalash',
    didYouMean: '{q} demoqchimisiz?',
    showingFor: '“{original}” boʻyicha natija yoʻq. {q} boʻyicha natijalar koʻrsatilmoqda.',
    noResults: '“{q}” boʻyicha natija yoʻq.',
    noDocuments: 'Bu filtrlarga mos hujjat yoʻq.',
    hintSpelling: 'Imloni tekshiring yoki boshqa soʻzlarni sinab koʻring.',
    hintFilters: 'Koʻproq koʻrish uchun filtrni olib tashlang:',
    removeAll: 'Barcha filtrlarni olib tashlash',
    loading: 'Qidirilmoqda…',
    error: 'Qidiruv xizmatiga ulanib boʻlmadi. Qaytadan urinib koʻring.',
    retry: 'Qayta urinish',
    pages: 'Sahifalar',
    previous: 'Oldingi',
    next: 'Keyingi',
    page: '{n}-sahifa',
    fullText: 'Toʻliq matn',
    external: '(asl saytni ochadi)',
    back: 'Natijalarga qaytish',
    related: 'Tegishli hujjatlar',
    noRelated: 'Tegishli hujjatlar yoʻq.',
    source: 'Manba',
    openOriginal: 'Aslini ochish',
    notFound: 'Bunday hujjat yoʻq.',
    embed: 'Qidiruv vidjetini saytingizga joylang',
    meta: { type: 'Turi', city: 'Shahar', country: 'Mamlakat', region: 'Mintaqa', date: 'Sana', language: 'Til' },
    type: { profile: 'Profil', story: 'Hikoya', news: 'Yangilik', 'press-release': 'Press-reliz', publication: 'Nashr', event: 'Tadbir' },
    map: {
      heading: 'Natijalar xaritasi', show: 'Xaritani koʻrsatish', hide: 'Xaritani yashirish', legend: 'Mamlakatlar boʻyicha natijalar',
      unavailable: 'Xaritani yuklab boʻlmadi.', credit: 'Chegaralar: Natural Earth.',
      none: '{country}: natija yoʻq',
      zoomIn: 'Kattalashtirish', zoomOut: 'Kichraytirish',
    },
    mapCountry: { one: '{country}: {n} ta natija', other: '{country}: {n} ta natija' },
    region: {
      'Africa': 'Afrika', 'Arab States': 'Arab davlatlari', 'Asia and the Pacific': 'Osiyo va Tinch okeani',
      'Europe and North America': 'Yevropa va Shimoliy Amerika', 'Latin America and the Caribbean': 'Lotin Amerikasi va Karib havzasi',
    },
  },
};

let lang = 'en';

/** The UI language: a supported ?lang=, else the first supported browser language, else English. */
export function pickLanguage(param, browser = navigator.languages || [navigator.language]) {
  for (const tag of [param, ...browser]) {
    const primary = String(tag || '').toLowerCase().split('-')[0];
    if (primary in STRINGS) return primary;
  }
  return 'en';
}

export function setLanguage(code) {
  lang = code in STRINGS ? code : 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
}

export const language = () => lang;

function lookup(key) {
  const get = (table) => key.split('.').reduce((o, k) => (o == null ? o : o[k]), table);
  return get(STRINGS[lang]) ?? get(STRINGS.en);
}

/** The string for key, with {name} filled from vars and numbers formatted for the UI language. */
export function t(key, vars = {}) {
  return parts(key, vars).map((p) => (typeof p === 'string' ? p : p.textContent)).join('');
}

/** Like t(), as a list of strings and nodes for Element.append(); vars may hold nodes. */
export function parts(key, vars = {}, template = lookup(key)) {
  if (template && typeof template === 'object') {
    template = template[new Intl.PluralRules(lang).select(vars.n)] ?? template.other;
  }
  return String(template ?? key).split(/(\{\w+\})/).filter(Boolean).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (!name || !(name in vars)) return piece;
    const v = vars[name];
    return typeof v === 'number' ? number(v) : v instanceof Node ? v : String(v);
  });
}

export const number = (n) => new Intl.NumberFormat(lang).format(n);

export const typeLabel = (type) => lookup(`type.${type}`) ?? type;
export const regionLabel = (region) => lookup(`region.${region}`) ?? region;

/** The language's name in the UI language, capitalised as a label ("Anglais", not "anglais"). */
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return code;
  }
}

// UNESCO country name → { code, label in the UI language }, from GET /api/countries?lang= (setCountries).
let countries = new Map();

/** Takes the country table the API serves for the UI language. */
export function setCountries(table) {
  countries = new Map((table?.countries ?? []).map((c) => [c.name, { code: c.code, label: c.names?.[lang] ?? c.name }]));
}

/** A country (UNESCO name) in the UI language: UN names in the six UN languages, CLDR in pt and uz. */
export const countryLabel = (name) => countries.get(name)?.label ?? name;
export const countryCode = (name) => countries.get(name)?.code ?? null;

/** The facet value as people read it: translated countries, types and regions, language names. */
export function facetLabel(dim, value) {
  if (dim === 'country') return countryLabel(value);
  if (dim === 'type') return typeLabel(value);
  if (dim === 'region') return regionLabel(value);
  if (dim === 'language') return languageName(value);
  return String(value);
}

/** A date (YYYY-MM-DD) in the UI language, else the year, else ''. */
export function formatDate(date, year) {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }
  return year ? String(year) : '';
}

/** Fills [data-i18n] text and [data-i18n-attr="attr:key,…"] attributes under root. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}
