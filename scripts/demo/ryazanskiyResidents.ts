import type { RosterEntry } from './residentRoster';

/*
 * The 18 residents of the illustrative «Рязанский»: 15 industrial companies and 3 infrastructure operators
 * (the dry port, the park's grid company and its water utility). All invented except the dry port's
 * public name; contacts use the reserved .example domain.
 */

function entry(
  key: string,
  name: string,
  sector: string,
  okved: string,
  jobsPlanned: number,
  investmentMRub: number,
  contact: string,
  registered: number,
  status: RosterEntry['status'] = 'resident',
): RosterEntry {
  return { key, name, sector, okved, jobsPlanned, investmentMRub, contact, status, registered };
}

export const RYAZANSKIY_ROSTER: readonly RosterEntry[] = [
  entry('dryport', 'ООО «Сухой порт «Рязань»»', 'Мультимодальный транспортно-логистический терминал', '52.24', 420, 6_500, 'Коммерческий отдел, terminal@dryport-ryazan.example', 2015),
  entry('grid', 'ООО «Индустриальные сети Рязани»', 'Инфраструктура: передача электроэнергии', '35.12', 35, 1_450, 'Диспетчерская, dispatch@ind-seti62.example', 2016),
  entry('water', 'ООО «ПромВодоКанал-62»', 'Инфраструктура: водоснабжение и водоотведение', '37.00', 40, 980, 'Абонентский отдел, abonent@promvodokanal62.example', 2016),
  entry('agromash', 'ООО «РязаньАгроМаш»', 'Сельскохозяйственное машиностроение', '28.30', 480, 3_200, 'Петров Андрей Викторович, info@ryazanagromash.example', 2016),
  entry('metalcon', 'ООО «Окский завод металлоконструкций»', 'Металлоконструкции для строительства', '25.11', 260, 1_750, 'Соколова Ирина Павловна, sales@okmk.example', 2017),
  entry('polymer', 'ООО «Мещёра Полимер»', 'Полимерная упаковка', '22.22', 190, 1_200, 'Кузнецов Олег Игоревич, office@meshchera-polymer.example', 2017),
  entry('mixes', 'ООО «Рязанские строительные смеси»', 'Сухие строительные смеси', '23.64', 140, 890, 'Морозов Денис Алексеевич, zakaz@rss62.example', 2018),
  entry('confect', 'ООО «Кондитерская фабрика «Медуница»»', 'Кондитерские изделия', '10.82', 310, 2_100, 'Лебедева Анна Сергеевна, info@medunica-kf.example', 2018),
  entry('cable', 'ООО «ЭлектроКабель-62»', 'Кабельно-проводниковая продукция', '27.32', 350, 4_100, 'Волков Сергей Николаевич, cable@elcable62.example', 2016),
  entry('translog', 'ООО «ТрансЛогистик Рязань»', 'Складская логистика', '52.10', 220, 1_900, 'Новикова Елена Викторовна, sklad@translog-rzn.example', 2017),
  entry('pharma', 'ООО «Рязаньфарм Синтез»', 'Фармацевтические субстанции', '21.20', 180, 3_600, 'Фёдоров Максим Юрьевич, invest@rzfarm-sintez.example', 2024, 'prospect'),
  entry('pvc', 'ООО «ОкаТехПласт»', 'Профили ПВХ и строительные изделия из пластмасс', '22.23', 150, 950, 'Михайлов Павел Андреевич, okatehplast@mail.example', 2019),
  entry('boiler', 'ООО «ТеплоАгрегат»', 'Котлы и радиаторы отопления', '25.21', 170, 1_100, 'Егорова Татьяна Олеговна, teplo@teploagregat.example', 2018),
  entry('pack', 'ООО «Рязанский завод гофроупаковки»', 'Гофрокартон и упаковка', '17.21', 210, 1_650, 'Алексеев Игорь Вадимович, gofra@rzgu.example', 2016),
  entry('stanko', 'ООО «СтанкоСервис-Рязань»', 'Кузнечно-прессовое оборудование', '28.41', 240, 2_300, 'Никитин Роман Евгеньевич, stanko@stankoservis62.example', 2019),
  entry('furniture', 'ООО «Мебельная фабрика «Приокская»»', 'Офисная и торговая мебель', '31.01', 130, 620, 'Захарова Ольга Дмитриевна, mebel@priokskaya.example', 2020),
  entry('logopark', 'ООО «ЛогоПарк Дягилево»', 'Складская логистика и дистрибуция', '52.10', 160, 2_400, 'Павлов Артём Борисович, lease@logopark-d.example', 2019),
  entry('composite', 'ООО «Рязанские композиты»', 'Стеклопластиковые изделия', '23.14', 90, 780, 'Орлов Кирилл Станиславович, composite@rzcomp.example', 2023, 'agreement'),
];
