/**
 * Organisations gazetteer: international and Russian bodies and their acronyms (EN = RU).
 * Same line format as places.ts. All-capital aliases match only in capitals ("WHO", not "who").
 * Unknown acronyms and "<modifiers> Council/Ministry/…" names are found by rules, so this list
 * holds what rules miss or mistype, and what should group across forms and languages.
 */
export const ORGS = `United Nations|UN|U.N.=!ООН|Организация Объединённых Наций
UN Security Council|UNSC|Security Council=СБ ООН|Совет Безопасности ООН|Совет Безопасности
UN General Assembly|UNGA|General Assembly=ГА ООН|Генеральная Ассамблея ООН|Генеральная Ассамблея
UN Human Rights Council|Human Rights Council=СПЧ ООН
UNESCO=!ЮНЕСКО
UNICEF=!ЮНИСЕФ
UNHCR=УВКБ ООН
WHO|World Health Organization=!ВОЗ
WFP|World Food Programme
IAEA=!МАГАТЭ
OPCW=!ОЗХО
WTO=!ВТО
IMF=!МВФ
World Bank=Всемирный банк
MINUSCA=!МИНУСКА
International Criminal Court|ICC=!МУС
International Court of Justice|ICJ=Международный суд ООН
European Court of Human Rights|ECHR=!ЕСПЧ
OSCE|Organisation for Security and Co-operation in Europe=!ОБСЕ
ODIHR|Office for Democratic Institutions and Human Rights=!БДИПЧ
OSCE Special Monitoring Mission|SMM=СММ ОБСЕ|!СММ
OSCE Minsk Group|Minsk Group=Минская группа ОБСЕ|Минская группа
NATO|North Atlantic Alliance=!НАТО|Североатлантический альянс
CSTO|Collective Security Treaty Organisation=!ОДКБ
SCO|Shanghai Cooperation Organisation=!ШОС
BRICS=!БРИКС
CIS|Commonwealth of Independent States=!СНГ
EAEU|Eurasian Economic Union=!ЕАЭС
Union State=Союзное государство
European Union|EU=!ЕС|Евросоюз|Европейский союз
European Commission=Еврокомиссия
European Parliament=Европарламент
Council of Europe=Совет Европы
PACE=!ПАСЕ
G7=!G7|Группа семи
G20=!G20|Группа двадцати
ASEAN=!АСЕАН
African Union=Африканский союз
Arab League|League of Arab States=!ЛАГ
Organisation of Islamic Cooperation|OIC=!ОИС
Taliban=Талибан
ISIS|ISIL|Islamic State|Daesh=!ИГИЛ|Исламское государство|!ДАИШ
Al-Qaeda|al-Qaeda=!Аль-Каида
Hamas=!ХАМАС
Hezbollah=Хезболла
Foreign Ministry|Russian Foreign Ministry|Ministry of Foreign Affairs|MFA=!МИД|Министерство иностранных дел
Defence Ministry|Ministry of Defence|Russian Defence Ministry|Defence Ministry of Russia=Минобороны|Министерство обороны
Kremlin=Кремль
State Duma|Duma=Госдума|Государственная Дума|Дума
Federation Council=Совет Федерации
FSB=!ФСБ
SVR=!СВР
Rosatom=Росатом
Roscosmos=Роскосмос
Rossotrudnichestvo=Россотрудничество
Rospotrebnadzor=Роспотребнадзор
Russian Orthodox Church=!РПЦ
TASS=!ТАСС
RT=!RT
State Department|US Department of State|Department of State=Госдеп|Госдепартамент
Pentagon=Пентагон
White House=Белый дом
US Congress|Congress=Конгресс|Конгресс США
CIA=!ЦРУ
Verkhovna Rada|Rada=Верховная рада
Armed Forces of Ukraine|AFU=!ВСУ`;
