/**
 * The world's countries by their usual English names, for the quote engine only (never highlighted on pages: the
 * page's terms are the gazetteer's, what the transcript names). A quote that puts one country for another
 * ("through Kazakhstan and Turkmenistan" for "via Kazakhstan and Uzbekistan") changes a fact even when the new
 * country is one the transcript never names; the engine needs to know it is a country to see a swap of one kind.
 */
export const WORLD_COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia',
  'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon',
  'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica',
  "Côte d'Ivoire", 'Ivory Coast', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia',
  'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea',
  'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel',
  'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon',
  'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives',
  'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger',
  'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Lucia', 'Samoa',
  'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia',
  'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden',
  'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom',
  'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
];

/**
 * Capitals, large cities and the regions of the war the press names, for the same reason (a summit "in Tashkent" for
 * "in Samarkand", a centre "in Bishkek" for "in Dushanbe", troops pulled back "from Kharkov" for "from Kiev"): a city
 * put for another is a swap of one kind. Spellings of one place are one entry, "Kharkiv|Kharkov": one for the other
 * is the same place.
 */
export const WORLD_CITIES: readonly string[] = [
  'Abu Dhabi', 'Addis Ababa', 'Almaty', 'Amman', 'Ankara', 'Ashgabat', 'Astana', 'Athens', 'Baghdad', 'Baku', 'Bangkok', 'Beijing',
  'Beirut', 'Berlin', 'Bishkek', 'Brasília', 'Brussels', 'Budapest', 'Buenos Aires', 'Cairo', 'Colombo', 'Damascus', 'Delhi',
  'Dhaka', 'Doha', 'Dubai', 'Dushanbe', 'Geneva', 'Guangzhou', 'Hanoi', 'Havana', 'Islamabad', 'Istanbul', 'Jakarta', 'Jerusalem',
  'Kabul', 'Karachi', 'Kathmandu', 'Kazan', 'Kuala Lumpur', 'Lahore', 'Lima', 'London', 'Madrid', 'Manila', 'Minsk', 'Moscow',
  'Mumbai', 'Nairobi', 'New Delhi', 'New York', 'Novosibirsk', 'Osh', 'Paris', 'Pyongyang', 'Riyadh', 'Rome', 'Samarkand',
  'Seoul', 'Shanghai', 'Sochi', 'St Petersburg|Saint Petersburg|St. Petersburg', 'Tashkent', 'Tbilisi', 'Tehran', 'Tianjin', 'Tokyo',
  'Ulaanbaatar', 'Vienna', 'Vladivostok', 'Warsaw', 'Washington', 'Yerevan', 'Qingdao', 'Harbin', 'Urumqi', 'Sinop', 'Mersin',
  'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv|Lvov', 'Dnipro|Dnepropetrovsk', 'Zaporizhzhia|Zaporozhye', 'Kherson', 'Mariupol',
  'Donetsk', 'Luhansk|Lugansk', 'Sevastopol', 'Crimea', 'Donbas|Donbass', 'Kursk', 'Belgorod', 'Bryansk', 'Rostov-on-Don|Rostov',
  'Krasnodar', 'Yekaterinburg|Ekaterinburg', 'Nizhny Novgorod', 'Kaliningrad', 'Murmansk',
  // The partners' other cities the summit's subjects touch (a plant "in Samsun" for "in Sinop", a port "at Gwadar").
  'Samsun', 'Izmir', 'Antalya', 'Trabzon', 'Bursa', 'Gwadar', 'Peshawar', 'Quetta', 'Multan', 'Rawalpindi', 'Faisalabad',
  'Chabahar', 'Bandar Abbas', 'Isfahan', 'Mashhad', 'Tabriz', 'Shiraz', 'Bukhara', 'Khiva', 'Fergana', 'Namangan', 'Andijan',
  'Karaganda', 'Shymkent', 'Aktau', 'Atyrau', 'Khujand', 'Kashgar', 'Xi’an|Xian', 'Chongqing', 'Shenzhen', 'Wuhan', 'Chengdu',
  'Hong Kong', 'Ufa', 'Irkutsk', 'Chelyabinsk', 'Omsk', 'Krasnoyarsk', 'Khabarovsk', 'Samara', 'Volgograd', 'Astrakhan',
  'Makhachkala', 'Grozny', 'Ganja', 'Sumgait', 'Nakhchivan', 'Ulan-Ude',
  // Seas and gulfs ("an outlet to the Black Sea" for "a way to the Caspian Sea").
  'Caspian Sea|Caspian', 'Black Sea', 'Baltic Sea|Baltic', 'Sea of Azov|Azov Sea', 'Mediterranean Sea|Mediterranean', 'Red Sea',
  'Arabian Sea', 'Persian Gulf', 'Arctic Ocean', 'Indian Ocean', 'Pacific Ocean|Pacific', 'Atlantic Ocean|Atlantic',
];
