package lcs.synth;

/**
 * The raw word lists behind {@link Vocabulary}: for each language, function words, content words
 * about learning cities (education, cities, community, policy), roughly most frequent first, and
 * common collocations that the text repeats and phrase queries look for. Words are separated by
 * whitespace, phrases by line breaks; Chinese words are listed apart and joined without spaces
 * when written.
 */
final class Words {
    /** One language's lists, as written below. */
    record Lists(String function, String content, String phrases) {}

    private Words() {}

    static Lists of(String lang) {
        return switch (lang) {
            case "en" -> new Lists(EN_FUNCTION, EN_CONTENT, EN_PHRASES);
            case "fr" -> new Lists(FR_FUNCTION, FR_CONTENT, FR_PHRASES);
            case "es" -> new Lists(ES_FUNCTION, ES_CONTENT, ES_PHRASES);
            case "de" -> new Lists(DE_FUNCTION, DE_CONTENT, DE_PHRASES);
            case "pt" -> new Lists(PT_FUNCTION, PT_CONTENT, PT_PHRASES);
            case "ru" -> new Lists(RU_FUNCTION, RU_CONTENT, RU_PHRASES);
            case "ar" -> new Lists(AR_FUNCTION, AR_CONTENT, AR_PHRASES);
            case "zh" -> new Lists(ZH_FUNCTION, ZH_CONTENT, ZH_PHRASES);
            default -> throw new IllegalArgumentException("no word lists for language \"" + lang + "\"");
        };
    }

    // ---------------------------------------------------------------- English

    private static final String EN_FUNCTION = """
      the of and to in a for is on with as by that are from this at be has their have an its
      which will more all also were was through into about not it or they we our over these been
      who can such than each most many other both while since during
      """;

    private static final String EN_CONTENT = """
      learning city education community lifelong people programme development local cities
      citizens public school schools adults young social network global skills support training
      project projects government children women youth culture cultural library libraries health
      policy policies sustainable digital centre centres access opportunities partners partnership
      council mayor initiative initiatives strategy plan goals inclusion equity quality families
      parents teachers students university universities research innovation environment climate
      citizenship participation dialogue festival week day workshop workshops courses activities
      resources funding budget services service level region regional national international
      ministry law reform year years month residents population society economy economic work
      employment jobs businesses technology literacy reading writing language languages museum
      museums park spaces space transport housing safety peace solidarity diversity heritage
      history future challenges needs results report study data evaluation indicators progress
      success experience practices model approach tools platform online learners teach learn
      create develop strengthen promote encourage offer organise participate share improve build
      welcome launched provide help bring celebrate engage mobilise transform ensure expand new
      first second important open free accessible inclusive green urban rural professional family
      collective municipal daily life neighbourhood neighbourhoods district districts volunteers
      volunteer older elderly migrants refugees vulnerable disabilities girls award awards
      recognition members membership conference forum meeting event events exhibition campaign
      awareness knowledge competences curriculum certificate qualifications vocational technical
      apprenticeship careers employability entrepreneurship enterprises industry companies
      employers workers labour market income poverty nutrition food agriculture farmers water
      energy waste recycling biodiversity nature gardens garden trees river coast island mountain
      village villages town towns metropolitan municipality municipalities authorities
      administration officials leaders leadership governance coordination cooperation
      collaboration stakeholders networks framework guidelines standards monitoring assessment
      survey statistics figures growth investment infrastructure buildings facilities classrooms
      campus hall rights gender equality democracy cohesion wellbeing sport music art arts theatre
      cinema agenda summer winter evening neighbours mentors mentoring coaching
      tutoring guidance counselling informal formal non-formal basic secondary primary higher
      early childhood kindergarten preschool graduates enrolment attendance dropout completion
      achievement outcomes impact change transition recovery resilience pandemic crisis emergency
      response planning design delivery implementation pilot scheme schemes fund grant grants
      donors sponsors foundation foundations association associations clubs club groups circle
      circles sessions classes lessons lecture lectures seminar webinar webinars podcast radio
      television media newspaper journalists communication website app apps mobile internet
      broadband connectivity devices computers laptops coding robotics science mathematics
      engineering creativity curiosity reflection motivation confidence wellbeing happiness
      empowerment dignity trust respect tolerance understanding cooperation intercultural
      multilingual mother tongue translation storytelling stories books book
      bookmobile archives memory tradition traditions crafts craft cooking dance festivals fair
      fairs market markets streets square squares bridge harbour port station trains buses
      bicycles walking mobility smart data-driven evidence indicators benchmark ranking goals
      targets milestones roadmap vision mission values principles commitment commitments charter
      declaration agreement memorandum pledge action actions measures steps priorities themes
      topics areas sectors sector stakeholder ownership engagement outreach inclusion
      accessibility affordability availability quality relevance equity fairness justice
      opportunity pathway pathways transitions bridges gaps barriers obstacles solutions ideas
      proposals recommendations lessons learnt insights findings evidence review reviews audit
      census budgetary fiscal annual quarterly monthly weekly local-level nationwide worldwide
      cross-border twin twinning exchange exchanges visits visitors delegation delegations
      ambassador ambassadors champion champions pioneers leader host hosts hosted
      organised supported funded launched opened celebrated attended welcomed trained reached
      improved expanded introduced adopted approved signed announced presented shared discussed
      identified developed created built designed delivered implemented evaluated recognised
      """;

    private static final String EN_PHRASES = """
      lifelong learning
      learning city
      learning cities
      adult education
      community learning centre
      sustainable development
      digital skills
      public library
      local government
      quality education
      learning festival
      early childhood education
      vocational training
      active citizenship
      social inclusion
      global network
      health and wellbeing
      green skills
      literacy programme
      older adults
      young people
      informal learning
      higher education
      learning opportunities
      education for sustainable development
      intergenerational learning
      migrants and refugees
      city council
      learning neighbourhood
      climate action
      """;

    // ---------------------------------------------------------------- French

    private static final String FR_FUNCTION = """
      de la le les et des à en du un une pour dans par sur avec au aux qui que est sont a ont
      plus ce cette ces son sa ses leur leurs ainsi aussi entre tout tous ne pas
      """;

    private static final String FR_CONTENT = """
      apprentissage ville éducation communauté citoyens formation programme développement local
      locale l'apprentissage d'apprentissage l'éducation projet projets école écoles adultes
      jeunes enfants bibliothèque culture culturel culturelle social sociale politique politiques
      publique public durable numérique compétences emploi santé quartier quartiers centre
      centres réseau mondial mondiale municipalité mairie maire partenaires partenariat
      association associations initiative initiatives stratégie plan objectifs accès inclusion
      égalité femmes personnes âgées migrants réfugiés familles parents enseignants étudiants
      université universités recherche innovation environnement climat citoyenneté participation
      dialogue festival semaine journée atelier ateliers cours activités ressources financement
      budget soutien service services qualité niveau région national nationale international
      internationale gouvernement ministère loi réforme année années mois habitants population
      société économie économique travail entreprises métiers technologie alphabétisation
      lecture écriture langue langues musée musées parc espace espaces lieu lieux transport
      logement sécurité paix solidarité diversité patrimoine histoire avenir défis besoins
      résultats rapport étude données évaluation indicateurs progrès réussite expérience
      expériences pratiques modèle approche méthode outils plateforme apprenants apprendre
      enseigner former créer développer renforcer soutenir promouvoir favoriser encourager
      offrir organiser participer partager améliorer construire accueillir lancer permettre
      aider proposer réunir célébrer engager mobiliser transformer garantir élargir nouveau
      nouvelle nouveaux nouvelles grand grande petit petite premier première important
      importante ouvert ouverte gratuit gratuite accessible inclusive vert verte rural rurale
      urbain urbaine professionnel professionnelle familial collectif citoyen municipal
      municipale régional régionale quotidien vie bénévoles jeunesse seniors handicap prix
      reconnaissance membres conférence forum rencontre rencontres événement événements
      exposition campagne savoirs connaissances programmes diplôme certificat qualification
      professionnelle insertion employabilité entrepreneuriat industrie travailleurs marché
      pauvreté alimentation eau énergie déchets recyclage biodiversité nature jardin jardins
      arbres fleuve côte montagne village villages commune communes collectivités autorités
      administration élus responsables gouvernance coordination coopération collaboration
      acteurs cadre orientations suivi enquête statistiques croissance investissement
      infrastructures bâtiments équipements salles campus maison maisons droits genre démocratie
      cohésion bien-être sport musique art arts théâtre cinéma agenda été hiver soirée voisins
      médiation tutorat accompagnement orientation petite-enfance maternelle primaire secondaire
      supérieur diplômés inscription décrochage impact changement transition relance résilience
      pandémie crise urgence planification conception mise œuvre pilote dispositif dispositifs
      fonds subvention donateurs fondation clubs groupes cercles séances classes leçons
      conférences séminaire webinaire radio télévision médias journal communication site
      application mobile internet connectivité ordinateurs codage sciences mathématiques
      créativité curiosité motivation confiance autonomie dignité respect tolérance
      interculturel plurilinguisme traduction contes livres livre archives mémoire tradition
      artisanat cuisine danse fête marché rue place pont port gare trains vélos mobilité
      intelligente vision mission valeurs principes engagement charte déclaration accord
      actions mesures priorités thèmes domaines secteurs obstacles solutions idées propositions
      recommandations enseignements constats bilan annuel échanges visites
      délégation ambassadeurs pionniers organisé soutenu financé lancé ouvert célébré
      accueilli formé amélioré adopté signé annoncé présenté partagé l'école l'avenir d'éducation
      d'accès l'égalité l'emploi l'environnement l'innovation
      """;

    private static final String FR_PHRASES = """
      tout au long de la vie
      ville apprenante
      villes apprenantes
      éducation des adultes
      développement durable
      compétences numériques
      bibliothèque publique
      collectivités locales
      éducation de qualité
      festival de l'apprentissage
      formation professionnelle
      inclusion sociale
      réseau mondial
      personnes âgées
      jeunes adultes
      enseignement supérieur
      centre communautaire
      conseil municipal
      citoyenneté active
      """;

    // ---------------------------------------------------------------- Spanish

    private static final String ES_FUNCTION = """
      de la el en y los las del a un una para por con que es son se al su sus como más este
      esta estos estas entre también sobre ha han fue sin hasta desde cada todo todos muy
      """;

    private static final String ES_CONTENT = """
      aprendizaje ciudad ciudades educación comunidad personas programa desarrollo local
      ciudadanos ciudadanía pública público escuela escuelas adultos jóvenes niños niñas mujeres
      social sociales red mundial habilidades competencias formación proyecto proyectos gobierno
      cultura cultural biblioteca bibliotecas salud política políticas sostenible sostenibilidad
      digital centro centros acceso oportunidades socios alianza consejo alcalde alcaldesa
      iniciativa iniciativas estrategia plan objetivos inclusión equidad calidad familias padres
      docentes maestros estudiantes universidad universidades investigación innovación ambiente
      clima participación diálogo festival semana jornada taller talleres cursos actividades
      recursos financiación presupuesto apoyo servicios servicio nivel región regional nacional
      internacional ministerio ley reforma año años mes habitantes población sociedad economía
      económico económica trabajo empleo empresas tecnología alfabetización lectura escritura
      idioma idiomas lengua museo museos parque espacios espacio transporte vivienda seguridad
      paz solidaridad diversidad patrimonio historia futuro desafíos retos necesidades
      resultados informe estudio datos evaluación indicadores progreso éxito experiencia
      experiencias prácticas modelo enfoque herramientas plataforma aprendices aprender enseñar
      formar crear desarrollar fortalecer promover fomentar ofrecer organizar participar
      compartir mejorar construir impulsar lanzar garantizar ampliar apoyar celebrar reunir
      transformar nuevo nueva nuevos nuevas primer primera importante abierto abierta gratuito
      gratuita accesible inclusiva verde urbano urbana rural profesional familiar colectivo
      municipal municipio municipios vida barrio barrios distrito voluntarios mayores migrantes
      refugiados vulnerables discapacidad premio reconocimiento miembros conferencia foro reunión
      evento eventos exposición campaña conocimiento conocimientos currículo certificado técnica
      técnico empleabilidad emprendimiento industria trabajadores mercado pobreza alimentación
      agua energía residuos reciclaje naturaleza huerto huertos árboles río costa montaña pueblo
      pueblos autoridades administración liderazgo gobernanza cooperación colaboración actores
      marco directrices seguimiento encuesta estadísticas crecimiento inversión infraestructura
      edificios instalaciones aulas campus casa casas derechos humanos género igualdad democracia
      convivencia bienestar deporte música arte artes teatro cine agenda verano invierno noche
      vecinos vecinal tutoría orientación acompañamiento infancia preescolar primaria secundaria
      superior egresados matrícula deserción impacto cambio transición recuperación resiliencia
      pandemia crisis emergencia planificación diseño implementación piloto fondo subvención
      donantes fundación asociación asociaciones clubes grupos círculos sesiones clases
      lecciones charlas seminario radio televisión medios periódico comunicación sitio
      aplicación móvil internet conectividad computadoras programación ciencia matemáticas
      creatividad curiosidad motivación confianza autonomía dignidad respeto tolerancia
      intercultural multilingüe traducción cuentos libros libro archivos memoria tradición
      artesanía cocina danza feria mercados calle plaza puente puerto estación trenes
      bicicletas movilidad inteligente visión misión valores principios compromiso carta
      declaración acuerdo acciones medidas prioridades temas áreas sectores barreras
      soluciones ideas propuestas recomendaciones lecciones aprendidas hallazgos balance anual
      intercambio intercambios visitas delegación embajadores pioneros organizado apoyado
      financiado lanzado inaugurado celebrado capacitados mejorado adoptado firmado anunciado
      presentado compartido
      """;

    private static final String ES_PHRASES = """
      aprendizaje a lo largo de la vida
      ciudad del aprendizaje
      ciudades del aprendizaje
      educación de adultos
      desarrollo sostenible
      habilidades digitales
      biblioteca pública
      gobierno local
      educación de calidad
      festival del aprendizaje
      formación profesional
      inclusión social
      red mundial
      personas mayores
      educación superior
      centro comunitario
      participación ciudadana
      derechos humanos
      """;

    // ---------------------------------------------------------------- German

    private static final String DE_FUNCTION = """
      der die und in das zu den von mit für auf ist im dem des ein eine einer einen sich auch als
      an bei aus nach wie sind wird werden hat haben durch über um vom zum zur oder nicht mehr alle
      """;

    private static final String DE_CONTENT = """
      Lernen Stadt Bildung Städte Gemeinschaft Gemeinde lebenslanges lebenslangen Menschen
      Programm Entwicklung lokale lokalen Bürger Bürgerinnen öffentliche öffentlichen Schule
      Schulen Erwachsene Erwachsenenbildung Jugendliche Kinder Frauen soziale sozialen Netzwerk
      weltweit globalen Fähigkeiten Kompetenzen Ausbildung Weiterbildung Projekt Projekte
      Regierung Kultur kulturelle Bibliothek Bibliotheken Gesundheit Politik nachhaltige
      nachhaltigen Nachhaltigkeit digitale digitalen Zentrum Zentren Zugang Chancen Partner
      Partnerschaft Stadtrat Bürgermeister Bürgermeisterin Initiative Initiativen Strategie Plan
      Ziele Inklusion Teilhabe Chancengleichheit Qualität Familien Eltern Lehrkräfte Lehrer
      Studierende Schüler Universität Hochschule Hochschulen Forschung Innovation Umwelt Klima
      Klimaschutz Beteiligung Dialog Festival Woche Tag Workshop Workshops Kurse Angebote
      Aktivitäten Ressourcen Finanzierung Haushalt Unterstützung Dienste Dienstleistungen Niveau
      Region regionale nationalen internationalen Ministerium Gesetz Reform Jahr Jahren Monat
      Einwohner Bevölkerung Gesellschaft Wirtschaft wirtschaftliche Arbeit Beschäftigung
      Unternehmen Technologie Alphabetisierung Lesen Schreiben Sprache Sprachen Museum Museen
      Park Räume Raum Verkehr Wohnen Sicherheit Frieden Solidarität Vielfalt Kulturerbe
      Geschichte Zukunft Herausforderungen Bedürfnisse Ergebnisse Bericht Studie Daten
      Evaluation Indikatoren Fortschritt Erfolg Erfahrung Erfahrungen Praxis Modell Ansatz
      Werkzeuge Plattform Lernende lernen lehren fördern stärken unterstützen entwickeln schaffen
      anbieten organisieren teilnehmen teilen verbessern bauen starten gewährleisten erweitern
      feiern verbinden gestalten neue neuen neues erste ersten wichtige wichtigen offene offenen
      kostenlose kostenlosen barrierefreie inklusive grüne städtische ländliche beruflichen
      berufliche gemeinsame kommunale kommunalen Kommune Kommunen Leben Stadtteil Stadtteile
      Quartier Bezirk Ehrenamtliche Ehrenamt Senioren ältere älteren Migranten Geflüchtete
      benachteiligte Behinderung Preis Auszeichnung Mitglieder Konferenz Forum Treffen
      Veranstaltung Veranstaltungen Ausstellung Kampagne Wissen Lehrplan Zertifikat Abschluss
      Berufsausbildung Unternehmertum Industrie Arbeitnehmer Arbeitsmarkt Armut Ernährung Wasser
      Energie Abfall Recycling Natur Garten Gärten Bäume Fluss Küste Berge Dorf Dörfer Behörden
      Verwaltung Führung Steuerung Zusammenarbeit Kooperation Akteure Rahmen Leitlinien
      Monitoring Umfrage Statistik Wachstum Investitionen Infrastruktur Gebäude Einrichtungen
      Klassenräume Volkshochschule Volkshochschulen Menschenrechte Gleichstellung Demokratie
      Zusammenhalt Wohlbefinden Sport Musik Kunst Theater Kino Agenda Sommer Winter Abend
      Nachbarschaft Lernfest Bildungslandschaft Digitalisierung Medienkompetenz Integration
      Vereine Verein Stiftung Netzwerke Mentoring Beratung Begleitung Orientierung Kita
      Kindergarten Grundschule Sekundarstufe Absolventen Anmeldung Schulabbruch Wirkung Wandel
      Übergang Erholung Resilienz Pandemie Krise Notfall Planung Gestaltung Umsetzung Pilotprojekt
      Förderprogramm Fonds Zuschuss Spender Gruppen Kreise Sitzungen Klassen Unterricht Vortrag
      Vorträge Seminar Webinar Radio Fernsehen Medien Zeitung Kommunikation Webseite App Internet
      Computer Programmieren Wissenschaft Mathematik Kreativität Neugier Motivation Vertrauen
      Selbstbestimmung Würde Respekt Toleranz interkulturelle Mehrsprachigkeit Übersetzung
      Geschichten Bücher Buch Archiv Gedächtnis Tradition Handwerk Kochen Tanz Markt Straße Platz
      Brücke Hafen Bahnhof Züge Fahrräder Mobilität intelligente Vision Leitbild Werte Prinzipien
      Verpflichtung Charta Erklärung Vereinbarung Maßnahmen Prioritäten Themen Bereiche Sektoren
      Hürden Lösungen Ideen Vorschläge Empfehlungen Erkenntnisse Bilanz jährlich Austausch
      Besuche Delegation Botschafter Pioniere organisiert unterstützt finanziert gestartet
      eröffnet gefeiert geschult verbessert beschlossen unterzeichnet angekündigt vorgestellt
      """;

    private static final String DE_PHRASES = """
      lebenslanges Lernen
      lernende Stadt
      lernende Städte
      nachhaltige Entwicklung
      digitale Kompetenzen
      öffentliche Bibliothek
      berufliche Bildung
      soziale Teilhabe
      globales Netzwerk
      ältere Menschen
      junge Menschen
      kulturelle Bildung
      politische Bildung
      Bildung für nachhaltige Entwicklung
      """;

    // ---------------------------------------------------------------- Portuguese

    private static final String PT_FUNCTION = """
      de a o e do da em os as dos das no na nos nas um uma para por com que é são se ao à seu
      sua seus suas como mais este esta entre também sobre foi foram sem até cada todos muito
      """;

    private static final String PT_CONTENT = """
      aprendizagem cidade cidades educação comunidade pessoas programa desenvolvimento local
      cidadãos cidadania pública público escola escolas adultos jovens crianças mulheres social
      sociais rede mundial habilidades competências formação projeto projetos governo cultura
      cultural biblioteca bibliotecas saúde política políticas sustentável sustentabilidade
      digital centro centros acesso oportunidades parceiros parceria conselho prefeito
      prefeitura câmara iniciativa iniciativas estratégia plano objetivos inclusão equidade
      qualidade famílias pais professores estudantes alunos universidade universidades pesquisa
      investigação inovação ambiente clima participação diálogo festival semana jornada oficina
      oficinas cursos atividades recursos financiamento orçamento apoio serviços serviço nível
      região regional nacional internacional ministério lei reforma ano anos mês habitantes
      população sociedade economia económico econômico trabalho emprego empresas tecnologia
      alfabetização leitura escrita língua línguas idioma museu museus parque espaços espaço
      transporte habitação moradia segurança paz solidariedade diversidade património patrimônio
      história futuro desafios necessidades resultados relatório estudo dados avaliação
      indicadores progresso sucesso experiência experiências práticas modelo abordagem
      ferramentas plataforma aprendentes aprender ensinar formar criar desenvolver fortalecer
      promover incentivar oferecer organizar participar partilhar compartilhar melhorar
      construir lançar garantir ampliar apoiar celebrar reunir transformar novo nova novos novas
      primeiro primeira importante aberto aberta gratuito gratuita acessível inclusiva verde
      urbano urbana rural profissional familiar coletivo municipal município municípios vida
      bairro bairros distrito voluntários idosos migrantes refugiados vulneráveis deficiência
      prémio prêmio reconhecimento membros conferência fórum reunião evento eventos exposição
      campanha conhecimento conhecimentos currículo certificado técnico técnica
      empregabilidade empreendedorismo indústria trabalhadores mercado pobreza alimentação água
      energia resíduos reciclagem natureza horta hortas árvores rio costa montanha aldeia vila
      autoridades administração liderança governação governança cooperação colaboração atores
      quadro diretrizes monitorização acompanhamento inquérito estatísticas crescimento
      investimento infraestrutura edifícios instalações salas campus casa direitos humanos
      género gênero igualdade democracia convivência bem-estar desporto esporte música arte artes
      teatro cinema agenda dia dias verão inverno noite vizinhos tutoria orientação infância
      pré-escolar primário secundário superior diplomados matrícula abandono impacto mudança
      transição recuperação resiliência pandemia crise emergência planeamento planejamento
      conceção implementação piloto fundo subsídio doadores fundação associação associações
      clubes grupos círculos sessões aulas lições palestras seminário rádio televisão media
      jornal comunicação site aplicação aplicativo internet conectividade computadores
      programação ciência matemática criatividade curiosidade motivação confiança autonomia
      dignidade respeito tolerância intercultural multilíngue tradução histórias livros livro
      arquivos memória tradição artesanato cozinha dança feira mercados rua praça ponte porto
      estação comboios trens bicicletas mobilidade inteligente visão missão valores princípios
      compromisso carta declaração acordo ações medidas prioridades temas áreas setores
      barreiras soluções ideias propostas recomendações lições conclusões balanço anual
      intercâmbio visitas delegação embaixadores pioneiros organizado apoiado financiado lançado
      inaugurado celebrado formados melhorado adotado assinado anunciado apresentado partilhado
      """;

    private static final String PT_PHRASES = """
      aprendizagem ao longo da vida
      cidade educadora
      cidade de aprendizagem
      cidades de aprendizagem
      educação de adultos
      desenvolvimento sustentável
      competências digitais
      biblioteca pública
      governo local
      educação de qualidade
      formação profissional
      inclusão social
      rede mundial
      pessoas idosas
      ensino superior
      centro comunitário
      """;

    // ---------------------------------------------------------------- Russian

    private static final String RU_FUNCTION = """
      и в на с по для что это как из к о от у за не а также при до его их все или но между
      после более был были будет этот эта эти который которые
      """;

    private static final String RU_CONTENT = """
      обучение образование город города сообщество жители граждане люди программа развитие
      местный местные местных общественный общественные школа школы взрослые взрослых молодёжь
      дети детей женщины социальный социальные сеть глобальной навыки компетенции подготовка
      проект проекты правительство культура культурный библиотека библиотеки здоровье политика
      устойчивое устойчивого цифровой цифровые центр центры доступ возможности партнёры
      партнёрство совет мэр инициатива инициативы стратегия план цели инклюзия равенство
      качество семьи родители учителя преподаватели студенты университет университеты
      исследования инновации окружающей среды климат участие диалог фестиваль неделя день
      семинар семинары курсы мероприятия ресурсы финансирование бюджет поддержка услуги уровень
      регион региональный национальный международный министерство закон реформа год году лет
      месяц население общество экономика экономический работа занятость предприятия технологии
      грамотность чтение письмо язык языки музей музеи парк пространство пространства транспорт
      жильё безопасность мир солидарность разнообразие наследие история будущее вызовы
      потребности результаты доклад отчёт исследование данные оценка показатели прогресс успех
      опыт практики модель подход инструменты платформа учащиеся учиться обучать развивать
      укреплять поддерживать создавать предлагать организовать участвовать делиться улучшать
      строить запустить обеспечить расширить отмечать объединять новый новая новые первый
      первая важный важные открытый открытые бесплатный бесплатные доступный доступные
      инклюзивный зелёный городской городские сельский профессиональный семейный коллективный
      муниципальный муниципалитет жизнь жизни района район районы округ волонтёры пожилые
      пожилых мигранты беженцы уязвимых инвалидностью премия признание члены конференция форум
      встреча событие выставка кампания знания знаний учебный сертификат квалификация
      профессиональное техническое предпринимательство промышленность работники рынок бедность
      питание вода энергия отходы переработка природа сад сады деревья река побережье горы
      деревня сёла власти администрация руководство управление сотрудничество взаимодействие
      участники рамки рекомендации мониторинг опрос статистика рост инвестиции инфраструктура
      здания учреждения классы кампус права человека гендерное демократия благополучие спорт
      музыка искусство театр кино повестка лето зима вечер соседи наставничество консультации
      сопровождение ориентация детский сад начальная средняя высшее выпускники набор влияние
      изменения переход восстановление устойчивость пандемия кризис планирование проектирование
      реализация пилотный фонд грант доноры фонды ассоциация ассоциации клубы группы кружки
      занятия уроки лекции лекция вебинар радио телевидение СМИ газета коммуникация сайт
      приложение интернет компьютеры программирование наука математика творчество
      любознательность мотивация доверие самостоятельность достоинство уважение терпимость
      межкультурный многоязычие перевод рассказы книги книга архивы память традиции ремёсла
      кухня танцы ярмарка улица площадь мост порт вокзал поезда велосипеды мобильность умный
      видение миссия ценности принципы обязательства хартия декларация соглашение действия меры
      приоритеты темы области сектора барьеры решения идеи предложения выводы итоги ежегодный
      обмен визиты делегация послы пионеры организован поддержан профинансирован запущен
      открыт отмечен обучены улучшен принят подписан объявлен представлен
      """;

    private static final String RU_PHRASES = """
      обучение в течение всей жизни
      обучающийся город
      обучающиеся города
      образование взрослых
      устойчивое развитие
      цифровые навыки
      публичная библиотека
      местное самоуправление
      качественное образование
      профессиональное обучение
      социальная инклюзия
      глобальная сеть
      пожилые люди
      высшее образование
      """;

    // ---------------------------------------------------------------- Arabic

    private static final String AR_FUNCTION = """
      في من إلى على عن مع هذا هذه التي الذي أن كان بين كل بعد قبل حول عبر خلال لدى حيث أو ثم قد
      ضمن نحو منذ كما وقد وهو وهي
      """;

    private static final String AR_CONTENT = """
      التعلم التعليم المدينة المدن المجتمع الناس البرنامج التنمية المحلية المواطنين المواطنة
      العامة المدرسة المدارس الكبار الشباب الأطفال النساء المرأة الاجتماعية الشبكة العالمية
      المهارات الكفاءات التدريب المشروع المشاريع الحكومة الثقافة الثقافية المكتبة المكتبات
      الصحة السياسة السياسات المستدامة الاستدامة الرقمية المركز المراكز الوصول الفرص الشركاء
      الشراكة المجلس البلدية المبادرة المبادرات الاستراتيجية الخطة الأهداف الإدماج المساواة
      الجودة الأسر الآباء المعلمين الطلاب الجامعة الجامعات البحث الابتكار البيئة المناخ
      المشاركة الحوار المهرجان الأسبوع اليوم ورشة ورش الدورات الأنشطة الموارد التمويل الميزانية
      الدعم الخدمات المستوى المنطقة الإقليمية الوطنية الدولية الوزارة القانون الإصلاح العام
      السنوات الشهر السكان المجتمعات الاقتصاد الاقتصادية العمل التوظيف الشركات التكنولوجيا
      القراءة الكتابة اللغة اللغات المتحف المتاحف الحديقة المساحات النقل السكن الأمن السلام
      التضامن التنوع التراث التاريخ المستقبل التحديات الاحتياجات النتائج التقرير الدراسة
      البيانات التقييم المؤشرات التقدم النجاح التجربة التجارب الممارسات النموذج النهج الأدوات
      المنصة المتعلمين يتعلم تعزيز تطوير دعم إطلاق توفير تنظيم تحسين بناء ضمان توسيع الاحتفال
      جديد جديدة الأولى المهم المفتوحة المجانية الشاملة الخضراء الحضرية الريفية المهنية
      الأسرية البلديات الحياة الحي الأحياء المتطوعين المسنين المهاجرين اللاجئين الضعيفة
      الإعاقة الجائزة الأعضاء المؤتمر المنتدى الاجتماع الفعالية المعرض الحملة المعرفة المنهج
      الشهادة المهني التقني الريادة الصناعة العمال السوق الفقر الغذاء المياه الطاقة النفايات
      التدوير الطبيعة الأشجار النهر الساحل الجبال القرية السلطات الإدارة القيادة الحوكمة
      التعاون الفاعلة الإطار التوجيهية الرصد المسح الإحصاءات النمو الاستثمار البنية التحتية
      المباني المرافق الفصول الحرم الحقوق الإنسان الديمقراطية الرفاه الرياضة الموسيقى الفن
      المسرح السينما الأجندة الصيف الشتاء المساء الجيران الإرشاد التوجيه المرافقة الطفولة
      المبكرة الروضة الابتدائية الثانوية العالي الخريجين التسجيل التسرب الأثر التغيير الانتقال
      التعافي الصمود الجائحة الأزمة الطوارئ التخطيط التصميم التنفيذ التجريبي الصندوق المنحة
      المانحين المؤسسة الجمعية الجمعيات النوادي المجموعات الحلقات الجلسات الصفوف الدروس
      المحاضرات الندوة الإذاعة التلفزيون الإعلام الصحيفة التواصل الموقع التطبيق الإنترنت
      الحواسيب البرمجة العلوم الرياضيات الإبداع الفضول الدافعية الثقة الاستقلالية الكرامة
      الاحترام التسامح الترجمة القصص الكتب الكتاب الأرشيف الذاكرة التقاليد الحرف المطبخ
      الرقص السوق الشارع الساحة الجسر الميناء المحطة القطارات الدراجات التنقل الذكية الرؤية
      الرسالة القيم المبادئ الالتزام الميثاق الإعلان الاتفاقية الإجراءات التدابير الأولويات
      المواضيع المجالات القطاعات الحواجز الحلول الأفكار المقترحات التوصيات الاستنتاجات السنوي
      التبادل الزيارات الوفد السفراء الرواد نظمت أطلقت افتتحت احتفلت شاركت أعلنت قدمت وقعت
      """;

    private static final String AR_PHRASES = """
      التعلم مدى الحياة
      مدينة التعلم
      مدن التعلم
      تعليم الكبار
      التنمية المستدامة
      المهارات الرقمية
      المكتبة العامة
      الحكومة المحلية
      التعليم الجيد
      التدريب المهني
      الإدماج الاجتماعي
      الشبكة العالمية
      كبار السن
      التعليم العالي
      محو الأمية
      """;

    // ---------------------------------------------------------------- Chinese

    private static final String ZH_FUNCTION = """
      的 在 和 是 了 与 对 为 中 也 将 并 等 及 由 从 向 被 这 其 以 于 有 各 所 已 更 把
      """;

    private static final String ZH_CONTENT = """
      学习 城市 教育 社区 终身 人们 项目 发展 地方 市民 公民 公共 学校 成人 青年 儿童 妇女 社会
      网络 全球 技能 能力 培训 政府 文化 图书馆 健康 政策 可持续 数字 中心 机会 合作 伙伴 市长
      议会 倡议 战略 计划 目标 包容 公平 质量 家庭 家长 教师 学生 大学 研究 创新 环境 气候 参与
      对话 节日 学习节 活动 课程 讲座 工作坊 资源 资金 预算 支持 服务 水平 地区 区域 国家 国际
      部门 法律 改革 居民 人口 经济 工作 就业 企业 技术 扫盲 阅读 写作 语言 博物馆 公园 空间
      交通 住房 安全 和平 团结 多样性 遗产 历史 未来 挑战 需求 成果 报告 数据 评估 指标 进展
      成功 经验 实践 模式 方法 工具 平台 在线 学习者 教学 推动 加强 促进 鼓励 提供 组织 举办
      分享 改善 建设 启动 确保 扩大 庆祝 新的 第一 重要 开放 免费 无障碍 绿色 城乡 农村 职业
      集体 市政 生活 街道 社区学院 老年人 老年 志愿者 移民 难民 弱势 群体 残疾人 奖项 表彰 成员
      会议 论坛 展览 宣传 知识 认证 证书 资格 创业 产业 工人 市场 贫困 粮食 能源 垃圾 回收
      自然 花园 树木 河流 海岸 山区 乡村 村庄 当局 管理 领导 治理 协作 利益相关者 框架 指南
      监测 调查 统计 增长 投资 基础设施 建筑 设施 教室 校园 人权 性别 平等 民主 福祉 体育 音乐
      艺术 戏剧 电影 议程 夏季 冬季 晚上 邻里 家园 数字化 素养 融合 协会 基金会 读书会 夜校
      老年大学 社区中心 学习型 辅导 咨询 指导 幼儿 幼儿园 小学 中学 高等 毕业生 入学 辍学 影响
      变化 转型 复苏 韧性 疫情 危机 应急 规划 设计 实施 试点 基金 捐助者 俱乐部 小组 课堂
      广播 电视 媒体 报纸 传播 网站 应用 互联网 电脑 编程 科学 数学 创造力 好奇心 动力 信任
      自主 尊严 尊重 宽容 跨文化 多语言 翻译 故事 书籍 档案 记忆 传统 手工艺 烹饪 舞蹈 集市
      广场 桥梁 港口 车站 火车 自行车 出行 智慧 愿景 使命 价值观 原则 承诺 宪章 宣言 协议 行动
      措施 优先 主题 领域 障碍 解决方案 想法 建议 结论 年度 交流 访问 代表团 大使 先锋 开幕
      签署 宣布 发布 介绍
      """;

    private static final String ZH_PHRASES = """
      终身 学习
      学习型 城市
      社区 教育
      成人 教育
      可持续 发展
      数字 技能
      公共 图书馆
      地方 政府
      老年 大学
      职业 教育
      社会 包容
      全球 网络
      学习型 社会
      """;
}
