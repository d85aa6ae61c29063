"""Hand-written tables for the entity lexicon (written for ArticleWatch from common knowledge; public facts).

Capitals and seats of power are used by news as metonyms for their governments ("Tehran said", "the Kremlin
denied"), so they count as mentions of the country. Places are notable sub-national locations that the Phoenix
country blocks miss. Surfaces are upper case with spaces, like the Phoenix dictionaries after reading.
"""

CAPITALS = {
    "KABUL": "AFG", "TIRANA": "ALB", "ALGIERS": "DZA", "LUANDA": "AGO", "BUENOS AIRES": "ARG", "YEREVAN": "ARM",
    "CANBERRA": "AUS", "VIENNA": "AUT", "BAKU": "AZE", "MANAMA": "BHR", "DHAKA": "BGD", "MINSK": "BLR",
    "BRUSSELS": "BEL", "SARAJEVO": "BIH", "BRASILIA": "BRA", "BRASÍLIA": "BRA", "SOFIA": "BGR", "PHNOM PENH": "KHM",
    "OTTAWA": "CAN", "SANTIAGO": "CHL", "BEIJING": "CHN", "PEKING": "CHN", "BOGOTA": "COL", "BOGOTÁ": "COL",
    "KINSHASA": "COD", "ZAGREB": "HRV", "HAVANA": "CUB", "NICOSIA": "CYP", "PRAGUE": "CZE", "COPENHAGEN": "DNK",
    "CAIRO": "EGY", "TALLINN": "EST", "ADDIS ABABA": "ETH", "HELSINKI": "FIN", "PARIS": "FRA", "TBILISI": "GEO",
    "BERLIN": "DEU", "ACCRA": "GHA", "ATHENS": "GRC", "BUDAPEST": "HUN", "NEW DELHI": "IND", "DELHI": "IND",
    "JAKARTA": "IDN", "TEHRAN": "IRN", "TEHERAN": "IRN", "BAGHDAD": "IRQ", "DUBLIN": "IRL", "JERUSALEM": "ISR",
    "ROME": "ITA", "TOKYO": "JPN", "AMMAN": "JOR", "ASTANA": "KAZ", "NUR-SULTAN": "KAZ", "NAIROBI": "KEN",
    "PYONGYANG": "PRK", "SEOUL": "KOR", "KUWAIT CITY": "KWT", "BISHKEK": "KGZ", "RIGA": "LVA", "BEIRUT": "LBN",
    "TRIPOLI": "LBY", "VILNIUS": "LTU", "KUALA LUMPUR": "MYS", "BAMAKO": "MLI", "MEXICO CITY": "MEX",
    "CHISINAU": "MDA", "ULAANBAATAR": "MNG", "PODGORICA": "MNE", "RABAT": "MAR", "NAYPYIDAW": "MMR",
    "KATHMANDU": "NPL", "THE HAGUE": "NLD", "AMSTERDAM": "NLD", "WELLINGTON": "NZL", "ABUJA": "NGA",
    "OSLO": "NOR", "MUSCAT": "OMN", "ISLAMABAD": "PAK", "RAMALLAH": "PSE", "LIMA": "PER", "MANILA": "PHL",
    "WARSAW": "POL", "LISBON": "PRT", "DOHA": "QAT", "BUCHAREST": "ROU", "MOSCOW": "RUS", "KIGALI": "RWA",
    "RIYADH": "SAU", "DAKAR": "SEN", "BELGRADE": "SRB", "SINGAPORE": "SGP", "BRATISLAVA": "SVK",
    "LJUBLJANA": "SVN", "MOGADISHU": "SOM", "PRETORIA": "ZAF", "MADRID": "ESP", "COLOMBO": "LKA",
    "KHARTOUM": "SDN", "JUBA": "SSD", "STOCKHOLM": "SWE", "BERN": "CHE", "DAMASCUS": "SYR", "TAIPEI": "TWN",
    "DUSHANBE": "TJK", "DODOMA": "TZA", "BANGKOK": "THA", "TUNIS": "TUN", "ANKARA": "TUR", "ASHGABAT": "TKM",
    "KAMPALA": "UGA", "KYIV": "UKR", "KIEV": "UKR", "ABU DHABI": "ARE", "LONDON": "GBR", "WASHINGTON": "USA",
    "WASHINGTON D.C.": "USA", "MONTEVIDEO": "URY", "TASHKENT": "UZB", "CARACAS": "VEN", "HANOI": "VNM",
    "SANAA": "YEM", "SANA'A": "YEM", "LUSAKA": "ZMB", "HARARE": "ZWE", "REYKJAVIK": "ISL", "VALLETTA": "MLT",
    "LUXEMBOURG": "LUX", "SKOPJE": "MKD", "QUITO": "ECU", "LA PAZ": "BOL", "ASUNCION": "PRY", "PANAMA CITY": "PAN",
    "SAN JOSE": "CRI", "MANAGUA": "NIC", "TEGUCIGALPA": "HND", "GUATEMALA CITY": "GTM", "SAN SALVADOR": "SLV",
    "SANTO DOMINGO": "DOM", "PORT-AU-PRINCE": "HTI", "KINGSTON": "JAM", "NOUAKCHOTT": "MRT", "NIAMEY": "NER",
    "N'DJAMENA": "TCD", "BANGUI": "CAF", "YAOUNDE": "CMR", "LIBREVILLE": "GAB", "ASMARA": "ERI", "DJIBOUTI": "DJI",
    "ANTANANARIVO": "MDG", "MAPUTO": "MOZ", "WINDHOEK": "NAM", "GABORONE": "BWA", "LILONGWE": "MWI",
    "VIENTIANE": "LAO", "THIMPHU": "BTN", "MALE": "MDV", "DILI": "TLS", "PORT MORESBY": "PNG", "SUVA": "FJI",
}

SEATS_OF_POWER = {
    "KREMLIN": ("Kremlin", "RUS"), "THE KREMLIN": ("Kremlin", "RUS"), "WHITE HOUSE": ("White House", "USA"),
    "THE WHITE HOUSE": ("White House", "USA"), "PENTAGON": ("Pentagon", "USA"), "THE PENTAGON": ("Pentagon", "USA"),
    "CAPITOL HILL": ("Capitol Hill", "USA"), "FOGGY BOTTOM": ("Foggy Bottom", "USA"),
    "DOWNING STREET": ("Downing Street", "GBR"), "WHITEHALL": ("Whitehall", "GBR"),
    "ELYSEE": ("Élysée", "FRA"), "ÉLYSÉE": ("Élysée", "FRA"), "ELYSEE PALACE": ("Élysée", "FRA"),
    "QUAI D'ORSAY": ("Quai d'Orsay", "FRA"), "ZHONGNANHAI": ("Zhongnanhai", "CHN"),
    "BLUE HOUSE": ("Blue House", "KOR"), "KNESSET": ("Knesset", "ISR"), "BUNDESTAG": ("Bundestag", "DEU"),
    "DUMA": ("Duma", "RUS"), "STATE DUMA": ("Duma", "RUS"), "MAJLIS": ("Majlis", "IRN"),
}

# Name forms the prefix test of the generator does not recognise as the country's own.
EXTRA_NAME_FORMS = {
    "PERSIA": "IRN", "PERSIAN": "IRN", "HOLLAND": "NLD", "DUTCH": "NLD", "BURMA": "MMR", "BURMESE": "MMR",
    "BRITAIN": "GBR", "GREAT BRITAIN": "GBR", "BRITISH": "GBR", "UK": "GBR", "U.K.": "GBR", "ENGLAND": "GBR",
    "ENGLISH": "GBR", "AMERICA": "USA", "AMERICAN": "USA", "U.S.": "USA", "US": "USA", "USA": "USA",
    "UNITED STATES": "USA", "THE UNITED STATES": "USA", "U.S.A.": "USA", "SOVIET": "RUS", "SOVIET UNION": "RUS",
    "USSR": "RUS", "RUSSIA": "RUS", "RUSSIAN": "RUS", "SWISS": "CHE", "FRENCH": "FRA", "GERMAN": "DEU",
    "SPANISH": "ESP", "GREEK": "GRC", "TURKISH": "TUR", "TÜRKIYE": "TUR", "TURKIYE": "TUR", "ISRAELI": "ISR",
    "SAUDI": "SAU", "SAUDI ARABIA": "SAU", "EMIRATI": "ARE", "UAE": "ARE", "U.A.E.": "ARE", "CHINESE": "CHN",
    "SYRIA": "SYR", "SYRIAN": "SYR", "IRAQI": "IRQ", "AFGHAN": "AFG", "PAKISTANI": "PAK", "INDIAN": "IND",
    "JAPANESE": "JPN", "NORTH KOREA": "PRK", "NORTH KOREAN": "PRK", "DPRK": "PRK", "SOUTH KOREA": "KOR",
    "SOUTH KOREAN": "KOR", "UKRAINIAN": "UKR", "UKRAINE": "UKR", "BELARUSIAN": "BLR", "KYRGYZ": "KGZ",
    "VENEZUELAN": "VEN", "CUBAN": "CUB", "EGYPTIAN": "EGY", "LEBANESE": "LBN", "YEMENI": "YEM", "QATARI": "QAT",
    "OMANI": "OMN", "KUWAITI": "KWT", "BAHRAINI": "BHR", "JORDANIAN": "JOR", "PALESTINIAN": "PSE",
    "AZERBAIJANI": "AZE", "ARMENIAN": "ARM", "GEORGIAN": "GEO", "KAZAKH": "KAZ", "TAJIK": "TJK", "UZBEK": "UZB",
    "TURKMEN": "TKM", "POLISH": "POL", "CZECH": "CZE", "DANISH": "DNK", "SWEDISH": "SWE", "FINNISH": "FIN",
    "NORWEGIAN": "NOR", "IRISH": "IRL", "ITALIAN": "ITA", "PORTUGUESE": "PRT", "BELGIAN": "BEL",
    "AUSTRIAN": "AUT", "HUNGARIAN": "HUN", "ROMANIAN": "ROU", "BULGARIAN": "BGR", "SERBIAN": "SRB",
    "CROATIAN": "HRV", "CANADIAN": "CAN", "MEXICAN": "MEX", "BRAZILIAN": "BRA", "ARGENTINE": "ARG",
    "AUSTRALIAN": "AUS", "VIETNAMESE": "VNM", "THAI": "THA", "INDONESIAN": "IDN", "FILIPINO": "PHL",
    "MALAYSIAN": "MYS", "NIGERIAN": "NGA", "SOUTH AFRICAN": "ZAF", "ETHIOPIAN": "ETH", "LIBYAN": "LBY",
    "SUDANESE": "SDN", "SOMALI": "SOM", "MOROCCAN": "MAR", "ALGERIAN": "DZA", "TUNISIAN": "TUN",
    "IRANIAN": "IRN", "IRAN": "IRN", "ISLAMIC REPUBLIC": "IRN", "TAIWANESE": "TWN", "TAIWAN": "TWN",
}

PLACES = {
    "BUSHEHR": ("Bushehr", "IRN"), "HAMADAN": ("Hamadan", "IRN"), "NATANZ": ("Natanz", "IRN"),
    "FORDOW": ("Fordow", "IRN"), "ARAK": ("Arak", "IRN"), "BANDAR ABBAS": ("Bandar Abbas", "IRN"),
    "CHABAHAR": ("Chabahar", "IRN"), "ALEPPO": ("Aleppo", "SYR"), "IDLIB": ("Idlib", "SYR"), "HOMS": ("Homs", "SYR"),
    "LATAKIA": ("Latakia", "SYR"), "TARTUS": ("Tartus", "SYR"), "HMEIMIM": ("Hmeimim", "SYR"),
    "PALMYRA": ("Palmyra", "SYR"), "DEIR EZZOR": ("Deir ez-Zor", "SYR"), "RAQQA": ("Raqqa", "SYR"),
    "CRIMEA": ("Crimea", "UKR"), "DONBAS": ("Donbas", "UKR"), "DONBASS": ("Donbas", "UKR"),
    "KHARKIV": ("Kharkiv", "UKR"), "ODESA": ("Odesa", "UKR"), "ODESSA": ("Odesa", "UKR"),
    "SEVASTOPOL": ("Sevastopol", "UKR"), "MARIUPOL": ("Mariupol", "UKR"), "DONETSK": ("Donetsk", "UKR"),
    "LUHANSK": ("Luhansk", "UKR"), "ZAPORIZHZHIA": ("Zaporizhzhia", "UKR"), "KURSK": ("Kursk", "RUS"),
    "ST. PETERSBURG": ("Saint Petersburg", "RUS"), "SAINT PETERSBURG": ("Saint Petersburg", "RUS"),
    "CHECHNYA": ("Chechnya", "RUS"), "DAGESTAN": ("Dagestan", "RUS"), "SIBERIA": ("Siberia", "RUS"),
    "NORTH CAUCASUS": ("North Caucasus", "RUS"), "ASTRAKHAN": ("Astrakhan", "RUS"), "KAZAN": ("Kazan", "RUS"),
    "GAZA": ("Gaza", "PSE"), "GAZA STRIP": ("Gaza", "PSE"), "WEST BANK": ("West Bank", "PSE"),
    "GOLAN HEIGHTS": ("Golan Heights", "SYR"), "TEL AVIV": ("Tel Aviv", "ISR"), "MOSUL": ("Mosul", "IRQ"),
    "BASRA": ("Basra", "IRQ"), "ERBIL": ("Erbil", "IRQ"), "KIRKUK": ("Kirkuk", "IRQ"), "FALLUJAH": ("Fallujah", "IRQ"),
    "NAGORNO-KARABAKH": ("Nagorno-Karabakh", "AZE"), "KARABAKH": ("Nagorno-Karabakh", "AZE"),
    "ABKHAZIA": ("Abkhazia", "GEO"), "SOUTH OSSETIA": ("South Ossetia", "GEO"), "XINJIANG": ("Xinjiang", "CHN"),
    "TIBET": ("Tibet", "CHN"), "HONG KONG": ("Hong Kong", "CHN"), "SHANGHAI": ("Shanghai", "CHN"),
    "KASHMIR": ("Kashmir", "IND"), "KANDAHAR": ("Kandahar", "AFG"), "HERAT": ("Herat", "AFG"),
    "JEDDAH": ("Jeddah", "SAU"), "MECCA": ("Mecca", "SAU"), "DUBAI": ("Dubai", "ARE"), "ISTANBUL": ("Istanbul", "TUR"),
    "NEW YORK": ("New York", "USA"), "CALIFORNIA": ("California", "USA"), "TEXAS": ("Texas", "USA"),
    "MIDDLE EAST": ("Middle East", ""), "PERSIAN GULF": ("Persian Gulf", ""), "THE GULF": ("Persian Gulf", ""),
    "GULF": ("Persian Gulf", ""),
    "STRAIT OF HORMUZ": ("Strait of Hormuz", ""), "HORMUZ": ("Strait of Hormuz", ""),
    "CASPIAN SEA": ("Caspian Sea", ""), "CASPIAN": ("Caspian Sea", ""), "RED SEA": ("Red Sea", ""),
    "BLACK SEA": ("Black Sea", ""), "MEDITERRANEAN": ("Mediterranean", ""), "SOUTH CAUCASUS": ("South Caucasus", ""),
    "CAUCASUS": ("Caucasus", ""), "CENTRAL ASIA": ("Central Asia", ""), "EURASIA": ("Eurasia", ""),
    "LEVANT": ("Levant", ""), "BALKANS": ("Balkans", ""), "ARCTIC": ("Arctic", ""), "SAHEL": ("Sahel", ""),
    "EUROPE": ("Europe", ""), "ASIA": ("Asia", ""), "AFRICA": ("Africa", ""), "LATIN AMERICA": ("Latin America", ""),
    "SOUTH CHINA SEA": ("South China Sea", ""), "GULF OF OMAN": ("Gulf of Oman", ""),
    "BAB EL-MANDEB": ("Bab el-Mandeb", ""), "SUEZ CANAL": ("Suez Canal", "EGY"),
}

# Organisations that matter in news but are missing from (or mis-named in) the dictionaries.
ORGANISATIONS = {
    "UN": ("United Nations", "IGOUNO", ""), "U.N.": ("United Nations", "IGOUNO", ""),
    "UNITED NATIONS": ("United Nations", "IGOUNO", ""), "THE UNITED NATIONS": ("United Nations", "IGOUNO", ""),
    "UN SECURITY COUNCIL": ("UN Security Council", "IGOUNO", ""),
    "U.N. SECURITY COUNCIL": ("UN Security Council", "IGOUNO", ""),
    "UNITED NATIONS SECURITY COUNCIL": ("UN Security Council", "IGOUNO", ""),
    "SECURITY COUNCIL": ("UN Security Council", "IGOUNO", ""), "UNSC": ("UN Security Council", "IGOUNO", ""),
    "UN GENERAL ASSEMBLY": ("UN General Assembly", "IGOUNO", ""), "GENERAL ASSEMBLY": ("UN General Assembly", "IGOUNO", ""),
    "NATO": ("NATO", "IGOWSTNAT", ""), "NORTH ATLANTIC TREATY ORGANIZATION": ("NATO", "IGOWSTNAT", ""),
    "EU": ("European Union", "IGOEUREEC", ""), "E.U.": ("European Union", "IGOEUREEC", ""),
    "EUROPEAN UNION": ("European Union", "IGOEUREEC", ""), "EUROPEAN COMMISSION": ("European Commission", "IGOEUREEC", ""),
    "IAEA": ("IAEA", "IGOUNOIAE", ""), "INTERNATIONAL ATOMIC ENERGY AGENCY": ("IAEA", "IGOUNOIAE", ""),
    "OPEC": ("OPEC", "IGOOPC", ""), "OPEC+": ("OPEC+", "IGOOPC", ""),
    "ORGANIZATION OF PETROLEUM EXPORTING COUNTRIES": ("OPEC", "IGOOPC", ""),
    "SWIFT": ("SWIFT", "IGOBUS", "BEL"), "BRICS": ("BRICS", "IGO", ""),
    "SHANGHAI COOPERATION ORGANIZATION": ("Shanghai Cooperation Organisation", "IGO", ""),
    "SHANGHAI COOPERATION ORGANISATION": ("Shanghai Cooperation Organisation", "IGO", ""),
    "SCO": ("Shanghai Cooperation Organisation", "IGO", ""),
    "EURASIAN ECONOMIC UNION": ("Eurasian Economic Union", "IGO", ""), "EAEU": ("Eurasian Economic Union", "IGO", ""),
    "COLLECTIVE SECURITY TREATY ORGANIZATION": ("CSTO", "IGO", ""), "CSTO": ("CSTO", "IGO", ""),
    "IMF": ("IMF", "IGOUNOWBK", ""), "INTERNATIONAL MONETARY FUND": ("IMF", "IGOUNOWBK", ""),
    "WORLD BANK": ("World Bank", "IGOUNOWBK", ""), "WTO": ("WTO", "IGOUNOWTO", ""),
    "WORLD HEALTH ORGANIZATION": ("WHO", "IGOUNOHLH", ""), "G7": ("G7", "IGO", ""), "G20": ("G20", "IGO", ""),
    "ARAB LEAGUE": ("Arab League", "IGOARL", ""), "GULF COOPERATION COUNCIL": ("GCC", "IGOGCC", ""),
    "GCC": ("GCC", "IGOGCC", ""), "AFRICAN UNION": ("African Union", "IGOAFRAFU", ""),
    "HEZBOLLAH": ("Hezbollah", "LBNREB", "LBN"), "HIZBOLLAH": ("Hezbollah", "LBNREB", "LBN"),
    "TALIBAN": ("Taliban", "AFGREB", "AFG"), "HAMAS": ("Hamas", "PSEREB", "PSE"), "HOUTHIS": ("Houthis", "YEMREB", "YEM"),
    "HOUTHI": ("Houthis", "YEMREB", "YEM"), "ISIS": ("Islamic State", "IMGMOSREB", ""),
    "ISIL": ("Islamic State", "IMGMOSREB", ""), "ISLAMIC STATE": ("Islamic State", "IMGMOSREB", ""),
    "AL-QAEDA": ("al-Qaeda", "IMGMOSALQ", ""), "AL QAEDA": ("al-Qaeda", "IMGMOSALQ", ""),
    "WAGNER GROUP": ("Wagner Group", "RUSMIL", "RUS"), "WAGNER": ("Wagner Group", "RUSMIL", "RUS"),
    "IRGC": ("Islamic Revolutionary Guard Corps", "IRNMIL", "IRN"),
    "ISLAMIC REVOLUTIONARY GUARD CORPS": ("Islamic Revolutionary Guard Corps", "IRNMIL", "IRN"),
    "REVOLUTIONARY GUARDS": ("Islamic Revolutionary Guard Corps", "IRNMIL", "IRN"),
    "REVOLUTIONARY GUARD": ("Islamic Revolutionary Guard Corps", "IRNMIL", "IRN"),
    "QUDS FORCE": ("Quds Force", "IRNMIL", "IRN"), "ROSATOM": ("Rosatom", "RUSBUS", "RUS"),
    "GAZPROM": ("Gazprom", "RUSBUS", "RUS"), "ROSNEFT": ("Rosneft", "RUSBUS", "RUS"),
    "CARNEGIE ENDOWMENT FOR INTERNATIONAL PEACE": ("Carnegie Endowment for International Peace", "NGOUSA", "USA"),
    "CIA": ("CIA", "USAGOV", "USA"), "FBI": ("FBI", "USAGOV", "USA"), "STATE DEPARTMENT": ("State Department", "USAGOV", "USA"),
    "FSB": ("FSB", "RUSGOV", "RUS"), "MOSSAD": ("Mossad", "ISRGOV", "ISR"), "JCPOA": ("JCPOA", "IGO", ""),
    "EUROPEAN PARLIAMENT": ("European Parliament", "IGOEUREEC", ""), "PENTAGON": ("Pentagon", "USAMIL", "USA"),
    "RED CROSS": ("Red Cross", "NGOHRI", ""), "AMNESTY INTERNATIONAL": ("Amnesty International", "NGOHRI", ""),
    "HUMAN RIGHTS WATCH": ("Human Rights Watch", "NGOHRI", ""), "REUTERS": ("Reuters", "MED", ""),
    "ASSOCIATED PRESS": ("Associated Press", "MED", "USA"), "TASS": ("TASS", "RUSMED", "RUS"),
    "IRNA": ("IRNA", "IRNMED", "IRN"), "DAESH": ("Islamic State", "IMGMOSREB", ""),
    "US TREASURY": ("US Treasury", "USAGOV", "USA"), "THE US TREASURY": ("US Treasury", "USAGOV", "USA"), "U.S. TREASURY": ("US Treasury", "USAGOV", "USA"),
    "TREASURY DEPARTMENT": ("US Treasury", "USAGOV", "USA"), "BBC": ("BBC", "GBRMED", "GBR"),
}

PEOPLE = {
    "VLADIMIR PUTIN": ("Vladimir Putin", "RUS"), "PUTIN": ("Vladimir Putin", "RUS"),
    "SERGEI LAVROV": ("Sergei Lavrov", "RUS"), "LAVROV": ("Sergei Lavrov", "RUS"),
    "ALI KHAMENEI": ("Ali Khamenei", "IRN"), "KHAMENEI": ("Ali Khamenei", "IRN"),
    "RUHOLLAH KHOMEINI": ("Ruhollah Khomeini", "IRN"), "KHOMEINI": ("Ruhollah Khomeini", "IRN"),
    "EBRAHIM RAISI": ("Ebrahim Raisi", "IRN"), "RAISI": ("Ebrahim Raisi", "IRN"),
    "MASOUD PEZESHKIAN": ("Masoud Pezeshkian", "IRN"), "PEZESHKIAN": ("Masoud Pezeshkian", "IRN"),
    "HASSAN ROUHANI": ("Hassan Rouhani", "IRN"), "ROUHANI": ("Hassan Rouhani", "IRN"),
    "ABBAS ARAGHCHI": ("Abbas Araghchi", "IRN"), "JAVAD ZARIF": ("Javad Zarif", "IRN"),
    "MOHAMMAD JAVAD ZARIF": ("Javad Zarif", "IRN"), "ZARIF": ("Javad Zarif", "IRN"),
    "QASSEM SOLEIMANI": ("Qassem Soleimani", "IRN"), "SOLEIMANI": ("Qassem Soleimani", "IRN"),
    "BASHAR AL-ASSAD": ("Bashar al-Assad", "SYR"), "BASHAR ASSAD": ("Bashar al-Assad", "SYR"),
    "ASSAD": ("Bashar al-Assad", "SYR"), "AL-ASSAD": ("Bashar al-Assad", "SYR"),
    "XI JINPING": ("Xi Jinping", "CHN"), "DONALD TRUMP": ("Donald Trump", "USA"), "TRUMP": ("Donald Trump", "USA"),
    "JOE BIDEN": ("Joe Biden", "USA"), "BIDEN": ("Joe Biden", "USA"), "BARACK OBAMA": ("Barack Obama", "USA"),
    "OBAMA": ("Barack Obama", "USA"), "VOLODYMYR ZELENSKY": ("Volodymyr Zelensky", "UKR"),
    "VOLODYMYR ZELENSKYY": ("Volodymyr Zelensky", "UKR"), "ZELENSKY": ("Volodymyr Zelensky", "UKR"),
    "ZELENSKYY": ("Volodymyr Zelensky", "UKR"), "RECEP TAYYIP ERDOGAN": ("Recep Tayyip Erdoğan", "TUR"),
    "ERDOGAN": ("Recep Tayyip Erdoğan", "TUR"), "BENJAMIN NETANYAHU": ("Benjamin Netanyahu", "ISR"),
    "NETANYAHU": ("Benjamin Netanyahu", "ISR"), "MOHAMMED BIN SALMAN": ("Mohammed bin Salman", "SAU"),
    "KIM JONG UN": ("Kim Jong Un", "PRK"), "KIM JONG-UN": ("Kim Jong Un", "PRK"),
    "NARENDRA MODI": ("Narendra Modi", "IND"), "MODI": ("Narendra Modi", "IND"),
    "EMMANUEL MACRON": ("Emmanuel Macron", "FRA"), "MACRON": ("Emmanuel Macron", "FRA"),
    "ANTONIO GUTERRES": ("António Guterres", "PRT"), "RAFAEL GROSSI": ("Rafael Grossi", "ARG"),
    "DMITRY MEDVEDEV": ("Dmitry Medvedev", "RUS"), "MEDVEDEV": ("Dmitry Medvedev", "RUS"),
    "MOHAMMAD REZA PAHLAVI": ("Mohammad Reza Pahlavi", "IRN"), "MAHMOUD AHMADINEJAD": ("Mahmoud Ahmadinejad", "IRN"),
    "AHMADINEJAD": ("Mahmoud Ahmadinejad", "IRN"),
}

# Name forms in the dictionaries that are ordinary English words or far more often something else.
NOT_PLACES = {"THE GRAVEYARD OF EMPIRES", "CHAPARHAR", "LUT DESERT", "KAVIR DESERT", "VLADIMIR", "MOLOTOV", "KIROV",
              "GORKY", "GORKI", "ALTAI", "SAMARA", "PERM", "GEORGE", "VICTORIA", "CHARLOTTE", "MARGARITA",
              "DEMOCRATIC REPUBLIC"}
STOP_SURFACES = {"THE", "IN", "ON", "AT", "IS", "IT", "AS", "BE", "TO", "OF", "AN", "OR", "WE", "US OF A", "MAY", "WILL",
                 "MARCH", "JUNE", "JULY", "AUGUST", "APRIL", "GENERAL", "SAID", "NEW", "STATE", "STATES", "GOVERNMENT",
                 "MINISTRY", "ARMY", "POLICE", "PRESIDENT", "COUNCIL", "PARLIAMENT", "CONGRESS", "UNION", "REPUBLIC",
                 "THIS", "THAT", "THESE", "ALL", "ONE", "TWO", "BUT", "AND", "FOR", "WITH", "FROM", "BY", "NOT",
                 "BANK", "PARTY", "FRONT", "CENTRAL", "NATIONAL", "WESTERN", "EASTERN", "NORTHERN", "SOUTHERN",
                 "ISLAMIC", "MUSLIM", "ARAB", "WEST", "EAST", "NORTH", "SOUTH", "LIBERTY", "FREEDOM", "UNITY",
                 "PEACE", "SUPPORT", "CHANGE", "HOPE", "JUSTICE", "PROGRESS", "REFORM", "RESISTANCE", "DAWN"}

# Canonical names for dictionary entries whose first form is an abbreviation or a variant.
CANONICAL = {"UN": "United Nations", "THE UNITED NATIONS": "United Nations", "NATO": "NATO",
             "IAEA": "IAEA", "OIC": "Organisation of Islamic Cooperation"}

# The names news uses where ISO 3166's short name is a formal one.
SHORT_NAMES = {"RUS": "Russia", "USA": "United States", "GBR": "United Kingdom", "TUR": "Turkey", "KOR": "South Korea",
               "PRK": "North Korea", "SYR": "Syria", "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania",
               "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "CZE": "Czech Republic", "IRN": "Iran",
               "PSE": "Palestine", "COD": "DR Congo", "FSM": "Micronesia"}

# English names news uses for ISO 3166-1 entries besides iso-codes' name, official_name and common_name
# (inverted "Korea, Republic of" forms are made by the generator). They win over dictionary aliases.
COMMON_NAMES = {
    "IVORY COAST": "CIV", "COTE D'IVOIRE": "CIV", "CZECH REPUBLIC": "CZE", "TURKEY": "TUR", "REPUBLIC OF TURKEY": "TUR",
    "MACEDONIA": "MKD", "REPUBLIC OF NORTH MACEDONIA": "MKD", "SWAZILAND": "SWZ", "CAPE VERDE": "CPV",
    "EAST TIMOR": "TLS", "TIMOR LESTE": "TLS", "VATICAN": "VAT", "VATICAN CITY": "VAT", "HOLY SEE": "VAT",
    "REPUBLIC OF THE CONGO": "COG", "CONGO-BRAZZAVILLE": "COG", "CONGO BRAZZAVILLE": "COG",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "COD", "DEMOCRATIC REPUBLIC OF CONGO": "COD", "CONGO-KINSHASA": "COD",
    "DR CONGO": "COD", "DRC": "COD", "D.R. CONGO": "COD", "REPUBLIC OF KOREA": "KOR", "FALKLAND ISLANDS": "FLK",
    "FALKLANDS": "FLK", "MALVINAS": "FLK", "BONAIRE": "BES", "SAINT MARTIN": "MAF", "SINT MAARTEN": "SXM",
    "ST KITTS AND NEVIS": "KNA", "ST. KITTS AND NEVIS": "KNA", "ST LUCIA": "LCA", "ST. LUCIA": "LCA",
    "ST VINCENT AND THE GRENADINES": "VCT", "ST. VINCENT AND THE GRENADINES": "VCT", "SAO TOME": "STP",
    "SÃO TOMÉ AND PRÍNCIPE": "STP", "COCOS ISLANDS": "CCK", "KEELING ISLANDS": "CCK", "ST HELENA": "SHN",
    "SAINT HELENA": "SHN", "ST. HELENA": "SHN", "US VIRGIN ISLANDS": "VIR", "U.S. VIRGIN ISLANDS": "VIR",
    "THE GAMBIA": "GMB", "THE BAHAMAS": "BHS", "BRUNEI": "BRN", "RUSSIA": "RUS",
    "LAOS": "LAO", "SYRIA": "SYR", "VIETNAM": "VNM", "MICRONESIA": "FSM", "PALESTINE": "PSE",
    "PALESTINIAN TERRITORIES": "PSE", "CURACAO": "CUW", "REUNION": "REU", "ALAND ISLANDS": "ALA",
    "SAINT BARTHELEMY": "BLM", "ST BARTHS": "BLM", "ST. BARTS": "BLM", "GUINEA BISSAU": "GNB",
    "PAPUA NEW GUINEA": "PNG", "EQUATORIAL GUINEA": "GNQ", "GUINEA": "GIN", "CONGO": "COG", "NIGER": "NER",
    "NIGERIA": "NGA", "SUDAN": "SDN", "SOUTH SUDAN": "SSD", "DOMINICA": "DMA", "DOMINICAN REPUBLIC": "DOM",
}

# Capitals in GeoNames' countryInfo that are far more often a person's name or an English word than the
# seat of a government; they are not read as metonyms of their country.
CAPITALS_NOT_METONYMS = {"HAMILTON", "STANLEY", "DOUGLAS", "VICTORIA", "PLYMOUTH", "THE VALLEY", "WEST ISLAND",
                         "ROAD TOWN", "JAMESTOWN", "KINGSTON", "GEORGE TOWN", "SAINT JOHN'S", "MALE", "SAINT HELIER",
                         "SAINT-DENIS", "SAINT-PIERRE", "BRADES", "KING EDWARD POINT", "CHARLOTTE AMALIE",
                         "FLYING FISH COVE", "ADAMSTOWN", "SAINT PETER PORT", "PORT LOUIS", "VICTORIA CITY"}

# Single-word first-level division names that are generic words in any language news quotes
# ("Central", "Nord"); the common-word test of the generator misses the non-English ones.
ADMIN1_GENERIC = {"CENTRAL", "CENTRE", "CENTER", "CENTRO", "NORD", "SUD", "EST", "OUEST", "NORTE", "SUR", "NORTH",
                  "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CAPITAL", "LITTORAL",
                  "ORIENTAL", "OCCIDENTAL", "COAST", "LAKES", "RIVERS", "UNITY", "DELTA", "PLATEAU", "UPPER",
                  "LOWER", "ISLANDS", "MIDLANDS", "HIGHLAND", "HIGHLANDS", "BORDER", "BORDERS", "ORIENTE",
                  "LIBERTAD", "INDEPENDENCIA", "PROGRESO", "PAZ", "ESPERANZA", "UNION", "CITY", "DISTRICT",
                  "METROPOLITAN", "SPECIAL", "AUTONOMOUS", "MAY", "CHANGE", "MARCH", "HOPE", "PEACE", "JUSTICE"}
