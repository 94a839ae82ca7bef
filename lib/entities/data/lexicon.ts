/**
 * Word lists the rules key on (space-separated; English lower-case, Russian in the nominative,
 * stemmed at load like the gazetteers). Kept as strings: compact in the bundle, easy to extend.
 */

/** Given names: a capitalised word after one of these is taken as a surname. */
export const FIRST_EN = `sergei alexei alexey andrei yury yuri igor oleg pavel ivan victor tatyana olga yelena elena natalya anna irina
maxim konstantin boris leonid rustam joseph anthony jake charles antonio jean john james mike michael thomas
barack liz florence ann anne heiko mohammad mohammed ali ahmed abdullah robert richard william david paul mark
george frank stephen daniel andrew jan pierre mario pedro luis carlos juan jose manuel miguel yevgeny evgeny
vyacheslav valery gennady vitaly vladislav roman anton kirill svetlana lyudmila galina yekaterina ekaterina
anastasia yulia marina
mohammed mohamed muhammad mohammad mahmoud mahmud ahmad ahmed abdullah abdallah abdel abdul abdulaziz abdulla ali hassan hasan
hussein husain hossein hamad hamid hamza khalid khaled omar umar osman faisal fahd saud sultan salman tamim nasser naser
mustafa mostafa ibrahim ismail youssef yousef yusuf jamal kamal karim rashid said saeed walid tariq ayman bashar
sameh ramtane abiy uhuru yoweri paul cyril naledi ebrahim hassan javad mohsen mehdi reza abbas amir
recep mevlut hakan ilham jeyhun nikol ararat kassym mukhtar shavkat emomali rustam sadyr serdar gurbanguly
fumio yoshimasa shinzo yoshihide taro xi wang zhang liu chen yang mao hua qin zhao
narendra subrahmanyam rahul imran shehbaz bilawal`;
export const FIRST_RU = `Алексей Юрий Игорь Олег Павел Павл Иван Татьяна Ольга Елена Наталья Анна Ирина Максим Константин Борис Леонид
Рустам Джейк Шарль Жан Джон Майк Майкл Томас Барак Лиз Мохаммад Али Ахмед Роберт Дэвид Марк Джордж Евгений
Вячеслав Валерий Геннадий Виталий Владислав Роман Антон Кирилл Светлана Людмила Галина Екатерина Анастасия
Юлия Марина
Мухаммад Мухаммед Мохаммед Мохаммад Махмуд Ахмад Ахмед Абдулла Абдель Абдул Али Хасан Хусейн Хосейн Хамад Хамид Хамза
Халид Омар Осман Фейсал Фахд Сауд Султан Салман Тамим Насер Мустафа Ибрагим Исмаил Юсуф Джамаль Камаль Карим Рашид
Саид Валид Тарик Айман Башар Абу Реджеп Мевлют Хакан Ильхам Никол Касым Мухтар Шавкат Эмомали Садыр Сердар
Фумио Ёсимаса Синдзо Нарендра Имран Джейк Ллойд Элизабет Адам Джо Джозеф Энтони Дональд Джеймс
Уильям Уэнди Линда Карин Нед Кэролайн Кристофер Мэтью Эндрю Питер Пол Ричард Стивен Дэниел Бенджамин Джереми Джон
Джеффри Марко Ханс Урсула Эммануэль Ангела Олаф Анналена Жозеп Йенс Шарль Кая Габриэлюс Эдгарс Збигнев Пекка`;

/** Titles and roles that are followed by a name; never part of the name. */
export const TITLE_EN = `president vice-president secretary-general prime premier minister secretary spokeswoman spokesman spokesperson
ambassador envoy representative chairman chairwoman chairperson chair director director-general commander
general colonel admiral marshal senator governor mayor chancellor king mr mrs ms dr professor speaker leader
adviser advisor assistant prosecutor head chief deputy observer counsel counsellor attorney commissioner
undersecretary under-secretary press-secretary`;
export const TITLE_RU = `министр президент вице-президент премьер премьер-министр вице-премьер глава посол представитель постпред
полпред спикер секретарь генсек госсекретарь председатель директор гендиректор командующий генерал адмирал
маршал заместитель помощник советник руководитель канцлер патриарх лидер комиссар уполномоченный
омбудсмен пресс-секретарь спецпредставитель спецпосланник г-н г-жа господин госпожа`;

/** Head nouns of organisation names ("Security Council", "Совет министров иностранных дел"). */
export const HEADS_EN = `council ministry committee commission organisation organization union agency group mission centre center
department duma company corporation bank fund office service parliament assembly court tribunal media
institute university academy party movement front army navy guard directorate secretariat programme program
bureau board authority administration senate alliance association society foundation federation church embassy
consulate consulate-general delegation representation command police forces force corps brigade battalion
regiment club network endowment brotherhood coalition fleet flotilla`;
export const HEADS_RU = `совет министерство комитет комиссия организация союз агентство группа миссия центр департамент дума компания
корпорация банк фонд посольство консульство генконсульство представительство постпредство управление служба
парламент ассамблея суд трибунал институт университет академия партия движение программа бюро правительство
администрация секретариат собрание палата театр музей прокуратура церковь альянс армия силы корпус клуб
бригада батальон фронт флот флотилия`;
/** Organisation heads that take "to/in" + place ("Mission to Ukraine", "Посольство России в Австрии"). */
export const MISSION_EN = `mission embassy consulate consulate-general delegation representation office`;
export const MISSION_RU = `посольство консульство генконсульство представительство постпредство миссия`;

/** Place heads: "Lugansk Region", "Republic of Tatarstan", "Луганская область". */
export const LOCHEADS_EN = `region province oblast territory krai district governorate county prefecture island
islands peninsula valley strait sea gulf mountains heights desert canal republic base airbase palace square
bridge station port airport plant shoal reef atoll cape bay lake river mount plateau ridge lagoon archipelago
basin glacier harbour harbor`;
export const LOCOF_EN = `republic kingdom state emirate principality sultanate islands`;
export const LOCHEADS_RU = `область край округ район провинция штат республика остров острова полуостров долина
низменность нагорье пролив залив море`;
/** Common nouns before a list of settlements ("the villages of Sotk, Kut and Azat"). */
export const SETTLE_EN = `village villages town towns city cities settlement settlements district districts
region regions province provinces`;
/** Lower-case geographic nouns after a name: "the Ural river", "Raqqa province". */
export const GEO_AFTER_EN = `river lake island islands mountains province region district governorate oblast strait valley
basin desert peninsula`;
/** Common nouns after a site name ("the X monastery"). */
export const SITE_EN = `monastery monasteries cathedral church churches mosque mosques airport airbase airfield`;
export const SETTLE_RU = `село деревня город посёлок станица аул кишлак река озеро остров провинция мухафаза
штат округ район`;
/** Prepositions after which an unknown capitalised word is probably a place. */
export const PREP_EN = `in near from to at outside around towards toward via into across`;
export const PREP_RU = `в во из под около близ вблизи возле у до через над`;

/** Capitalised words that start sentences or name documents/events; never names. */
export const STOP_EN = `the a an on in at this that these those it its we our they their he she his her i you your as for from with by
after before during since until when while if however also and but or so such all some many most both each
every no not yes there here what which who why how where question answer thank today of to back top table
contents briefing statement comment about according new one two three four first second third last next
christian orthodox catholic muslim islamic jewish internet`;
export const DOC_EN = `agreement treaty convention declaration charter protocol memorandum law act code constitution resolution
summit conference format package process strategy doctrine concept initiative plan operation exercise days day
week year article report review programme`;
/** Other institution words that are not names ("Foreign", "Affairs", "Armed", "Forces"). */
export const MODS_EN = `foreign defence defense affairs armed forces state press information extraordinary plenipotentiary executive
acting former first special permanent senior vice national federal international security public interior
internal external justice economic development relations european news times post journal gazette herald
tribune telegraph television radio channel`;

export const MONTHS_EN = `january february march april may june july august september october november december`;
/** Genitive month names, the form used after a day ("12 ноября"); other forms are matched by stem. */
export const MONTHS_RU = `января февраля марта апреля мая июня июля августа сентября октября ноября декабря`;
export const WEEKDAYS_EN = `monday tuesday wednesday thursday friday saturday sunday`;

/** All-capital words that are not organisations: documents, things, units, Roman numerals are handled apart. */
export const SKIP_ACRONYMS = `COVID SARS TV OK ID IT PR AM PM GDP USD EUR CEO MP NGO NGOS PCR NPT INF START JCPOA CTBT ABM ICBM WMD UAV BACK
TOP IS OF THE AND USS ICT СМИ НКО ВВП СВПД ДСНВ ДРСМД ДНЯО ОМУ ЗРК БПЛА ПВО ПРО ВПК ЧС РСМД МБР АЭС`;
