/**
 * Officials who recur in briefings (EN = RU). Same line format as places.ts. A bare surname is
 * listed as an alias only when it is distinctive enough to stand alone ("Lavrov", not "Austin").
 * `+` after a full name: its surname alone is an alias too. Initials forms ("С.В.Лавров") and
 * bare surnames of other names are linked by surname in keys.ts.
 */
export const PEOPLE = `Vladimir Putin+=Владимир Путин+
Sergey Lavrov+=Сергей Лавров+
Maria Zakharova+=Мария Захарова+
Sergey Shoigu+=Сергей Шойгу|!Шойгу
Dmitry Medvedev+=Дмитрий Медведев+
Mikhail Mishustin+=Михаил Мишустин+
Dmitry Peskov+=Дмитрий Песков+
Sergey Ryabkov+=Сергей Рябков+
Alexander Grushko+=Александр Грушко|!Грушко
Andrey Rudenko=Андрей Руденко|!Руденко
Vasily Nebenzya+=Василий Небензя+
Mikhail Ulyanov=Михаил Ульянов
Anatoly Antonov=Анатолий Антонов
Alexander Bikantov=Александр Бикантов
Valentina Matviyenko+=Валентина Матвиенко|!Матвиенко
Nikolai Patrushev+|Nikolai Patrushev=Николай Патрушев+
Sergey Naryshkin+=Сергей Нарышкин+
Ramzan Kadyrov+=Рамзан Кадыров+
Alexander Lukashenko+=Александр Лукашенко|!Лукашенко
Kassym-Jomart Tokayev+=Касым-Жомарт Токаев+
Mukhtar Tleuberdi+=Мухтар Тлеуберди|!Тлеуберди
Ilham Aliyev+=Ильхам Алиев+
Nikol Pashinyan+=Никол Пашинян+
Maia Sandu+=Майя Санду|!Санду
Vladimir Zelensky+|Volodymyr Zelensky=Владимир Зеленский+
Dmitry Kuleba+=Дмитрий Кулеба|!Кулеба
Petr Poroshenko+=Пётр Порошенко|!Порошенко
Mikheil Saakashvili+=Михаил Саакашвили|!Саакашвили
Joe Biden+=Джо Байден+
Antony Blinken+=Энтони Блинкен+
Victoria Nuland+=Виктория Нуланд+
Donald Trump+=Дональд Трамп+
Jens Stoltenberg+=Йенс Столтенберг+
Josep Borrell+=Жозеп Боррель+
Ursula von der Leyen=Урсула фон дер Ляйен
António Guterres+=Антониу Гутерриш+
Emmanuel Macron+=Эммануэль Макрон+
Jean-Yves Le Drian|Le Drian=Жан-Ив Ле Дриан|!Ле Дриан
Angela Merkel+=Ангела Меркель+
Olaf Scholz+=Олаф Шольц+
Annalena Baerbock+=Анналена Бербок+
Recep Tayyip Erdogan+=Реджеп Тайип Эрдоган+
Mevlut Cavusoglu+=Мевлют Чавушоглу|!Чавушоглу
Xi Jinping=Си Цзиньпин
Wang Yi
Narendra Modi+=Нарендра Моди|!Моди
Ebrahim Raisi+=Эбрахим Раиси|!Раиси
Bashar al-Assad|Bashar Assad|Assad=Башар Асад+
Nicolas Maduro+=Николас Мадуро|!Мадуро
Viktor Orban+=Виктор Орбан+
Peter Szijjarto+=Петер Сийярто|!Сийярто`;
