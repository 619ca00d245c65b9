/**
 * The bundled dataset, read by hand from the five seed articles (see
 * README.md, "Sources"). Nothing here goes beyond the articles: a fact no
 * article gives is absent, and where they disagree every claim is kept.
 * Quotes keep the articles' own wording, including the New York Times text,
 * which is a machine re-translation.
 */
import type { Dataset } from './types.js';

const NIKKEI = 'nikkei-2021-01';
const NYT = 'nyt-2021-12-06';
const GLOBALRESEARCH = 'globalresearch-2021-01-29';
const ENVOY = 'envoy-2021-02';
const NATIONALINTEREST = 'nationalinterest-2021-02-07';

export const dataset: Dataset = {
  version: '1.0.0',
  title: 'Russian S-400 and rifle deals with India, China and Turkey, as reported in 2021',
  sources: [
    {
      id: NIKKEI,
      publisher: 'Nikkei Asia',
      title: 'India and Russia move forward with missile deal in blow to Biden',
      date: '2021-01',
      dateNote:
        'Not printed. Late January 2021, read from "Biden\'s administration started last week".',
      kind: 'news',
      file: '000_6086350007cd1048.txt',
    },
    {
      id: NYT,
      publisher: 'The New York Times',
      title: 'India and Russia are expanding defense ties, despite the prospect of US sanctions',
      date: '2021-12-06',
      dateNote:
        'Not printed. The Monday of Putin\'s visit to New Delhi ("on Monday during a visit by President Vladimir Putin"). The text is a machine re-translation.',
      kind: 'news',
      file: '001_839769687fb6135b.txt',
    },
    {
      id: GLOBALRESEARCH,
      publisher: 'Global Research',
      title: 'Relations Between India and Russia on the Rise',
      date: '2021-01-29',
      author: 'Lucas Leiroz de Almeida',
      kind: 'opinion',
      firstPublishedBy: 'InfoBrics',
      file: '002_51a23f6c0be95269.txt',
    },
    {
      id: ENVOY,
      publisher: 'Not named in the text',
      title: 'Indian Envoy Visiting Moscow as India Pursues Missile Deal with Russia',
      date: '2021-02',
      dateNote:
        'Not printed. Mid-February 2021: the visit "on February 17-18" is "starting Wednesday", and training had begun "by February 3".',
      kind: 'news',
      file: '003_b03457842792d85a.txt',
    },
    {
      id: NATIONALINTEREST,
      publisher: 'The National Interest',
      title: 'More S-400 Trouble: Can Russia Sell High-Tech Defenses to Both China and India?',
      date: '2021-02-07',
      author: 'Mark Episkopos',
      kind: 'analysis',
      file: '004_6f16325cff5c22c1.txt',
    },
  ],

  deals: [
    {
      id: 'ind-rus-s400',
      buyer: 'IND',
      supplier: 'RUS',
      system: 'S-400 Triumf',
      date: '2018-10',
      quantity: {
        count: 5,
        unit: 'units',
        sources: [NIKKEI, GLOBALRESEARCH, ENVOY, NATIONALINTEREST],
      },
      valueClaims: [
        {
          id: 'ind-rus-s400-value-5.4bn',
          amountUsd: 5.4e9,
          relation: 'exact',
          quote: 'Indian media reported the value of the deal at $5.4 billion for five units',
          quoteSource: NIKKEI,
          sources: [NIKKEI, NYT],
        },
        {
          id: 'ind-rus-s400-value-5.43bn',
          amountUsd: 5.43e9,
          relation: 'exact',
          quote:
            'India formalized a gargantuan $5.43 billion defense deal with Russia that included the delivery of five S-400 regiments',
          quoteSource: NATIONALINTEREST,
          sources: [NATIONALINTEREST],
        },
        {
          id: 'ind-rus-s400-value-5.5bn',
          amountUsd: 5.5e9,
          relation: 'approximate',
          quote:
            "India's planned purchase of five units of the S-400 air missile defense system from Moscow for an estimated $5.5 billion",
          quoteSource: ENVOY,
          sources: [ENVOY],
        },
        {
          id: 'ind-rus-s400-value-over-5bn',
          amountUsd: 5e9,
          relation: 'at-least',
          quote:
            'India signed a contract with Russian company Rosoboronexport for the purchase of five S-400 anti-aircraft systems for more than 5 billion dollars',
          quoteSource: GLOBALRESEARCH,
          sources: [GLOBALRESEARCH],
        },
      ],
      summary:
        'Five S-400 long-range surface-to-air missile units, contracted with Rosoboronexport in October 2018 despite US objections.',
      sources: [NIKKEI, NYT, GLOBALRESEARCH, ENVOY, NATIONALINTEREST],
    },
    {
      id: 'chn-rus-s400',
      buyer: 'CHN',
      supplier: 'RUS',
      system: 'S-400 Triumf',
      date: '2015',
      quantity: { count: 2, unit: 'regiments', sources: [NATIONALINTEREST] },
      valueClaims: [],
      summary:
        'China was the first foreign S-400 customer; no source gives the value of its order.',
      sources: [NATIONALINTEREST],
    },
    {
      id: 'tur-rus-s400',
      buyer: 'TUR',
      supplier: 'RUS',
      system: 'S-400 Triumf',
      date: '2017',
      valueClaims: [],
      summary:
        "A NATO member's purchase that drew US sanctions and cost Turkey its place in the F-35 programme; no source gives its value or quantity.",
      sources: [NATIONALINTEREST, NIKKEI, NYT],
    },
    {
      id: 'ind-rus-ak203',
      buyer: 'IND',
      supplier: 'RUS',
      system: 'AK-203 rifles',
      date: '2021-12',
      valueClaims: [
        {
          id: 'ind-rus-ak203-value-600m',
          amountUsd: 6e8,
          relation: 'exact',
          quote:
            'India and Russia have signed a $ 600 million deal to produce hundreds of thousands of Russian AK-203 rifles in the country',
          quoteSource: NYT,
          sources: [NYT],
        },
      ],
      summary:
        '"Hundreds of thousands" of rifles (no exact number given), replacing older Kalashnikovs; to be made in Uttar Pradesh through a joint venture, according to local media.',
      sources: [NYT],
    },
  ],

  contextFigures: [
    {
      id: 'ind-rus-s400-first-payment',
      label: "India's first payment towards the S-400 purchase",
      amountUsd: 8e8,
      relation: 'approximate',
      date: '2019',
      dealId: 'ind-rus-s400',
      kind: 'payment',
      sources: [ENVOY],
    },
    {
      // The target year goes in the label: `date` would hide the figure before 2025.
      id: 'ind-rus-trade-target-2025',
      label: 'India–Russia bilateral trade target for 2025 ("more than tripling" trade)',
      amountUsd: 3e10,
      relation: 'exact',
      kind: 'target',
      sources: [NYT],
    },
  ],

  milestones: [
    // India – S-400
    {
      // Only these two give the month; the deal's other sources say "2018".
      id: 'ind-s400-contract',
      dealId: 'ind-rus-s400',
      kind: 'contract',
      status: 'reported',
      date: '2018-10',
      label: 'India signs the S-400 contract with Rosoboronexport',
      quote:
        'In October 2018, India signed a contract with Russian company Rosoboronexport for the purchase of five S-400 anti-aircraft systems',
      quoteSource: GLOBALRESEARCH,
      sources: [GLOBALRESEARCH, ENVOY],
    },
    {
      // Nikkei Asia only says "part of the payment made in 2019": the amount is the envoy article's.
      id: 'ind-s400-first-payment',
      dealId: 'ind-rus-s400',
      kind: 'payment',
      status: 'reported',
      date: '2019',
      label: 'First payment towards the purchase',
      quote: 'It made the first payment towards the purchase – about $800 million – in 2019',
      quoteSource: ENVOY,
      sources: [ENVOY, NIKKEI],
    },
    {
      id: 'ind-s400-mea-statement',
      dealId: 'ind-rus-s400',
      kind: 'diplomatic',
      status: 'reported',
      date: '2021-01-08',
      label: "India's foreign ministry defends the purchase",
      quote:
        'India has always pursued an independent foreign policy. This also applies to our defense acquisitions and supplies which are guided by our national security interests',
      quoteSource: ENVOY,
      sources: [ENVOY],
    },
    {
      id: 'ind-s400-training-sent',
      dealId: 'ind-rus-s400',
      kind: 'training',
      status: 'reported',
      date: '2021-01',
      label: 'About 100 Indian military personnel go to Russia to train on the S-400',
      units: {
        count: 100,
        unit: 'personnel',
        relation: 'approximate',
        // Nikkei Asia's "will send about 100 personnel" is a plan, not a report.
        sources: [GLOBALRESEARCH],
      },
      quote:
        'The Indian government recently sent about 100 soldiers to Russia to train them in handling the S-400 anti-aircraft system',
      quoteSource: GLOBALRESEARCH,
      sources: [GLOBALRESEARCH, ENVOY, NATIONALINTEREST],
    },
    {
      id: 'ind-s400-training-under-way',
      dealId: 'ind-rus-s400',
      kind: 'training',
      status: 'reported',
      date: '2021-02-03',
      label: 'The Indian team is training on the S-400 in Russia by 3 February',
      quote:
        'The Indian military team arrived in Russia sometime in late January and had begun training to operate the air defense system by February 3, the Russian military reported.',
      quoteSource: ENVOY,
      sources: [ENVOY],
    },
    {
      id: 'ind-s400-shringla-moscow',
      dealId: 'ind-rus-s400',
      kind: 'diplomatic',
      status: 'expected',
      date: '2021-02-17',
      until: '2021-02-18',
      label: "Foreign Secretary Shringla's announced official visit to Moscow",
      quote:
        '[Indian] Foreign Secretary Harsh Vardhan Shringla will pay an official visit to Moscow on February 17-18 at the invitation of Russian Deputy Foreign Minister Igor Morgulov',
      quoteSource: ENVOY,
      sources: [ENVOY],
    },
    {
      id: 'ind-s400-one-unit-2021',
      dealId: 'ind-rus-s400',
      kind: 'shipment',
      status: 'expected',
      date: '2021',
      label: 'One unit expected to be delivered in 2021',
      conflictGroup: 'ind-s400-deliveries-2021',
      units: { count: 1, unit: 'units', unitOne: 'unit', sources: [NIKKEI] },
      quote:
        'One missile unit is expected to be delivered this year, with the system to be expanded over several years.',
      quoteSource: NIKKEI,
      sources: [NIKKEI],
    },
    {
      id: 'ind-s400-first-batteries',
      dealId: 'ind-rus-s400',
      kind: 'shipment',
      status: 'expected',
      date: '2021-09',
      until: '2021-10',
      label: 'First batteries expected between September and October 2021',
      quote:
        'the Asian country will receive the first anti-aircraft batteries between September and October 2021',
      quoteSource: GLOBALRESEARCH,
      sources: [GLOBALRESEARCH],
    },
    {
      id: 'ind-s400-operational',
      dealId: 'ind-rus-s400',
      kind: 'deployment',
      status: 'expected',
      date: '2021',
      until: '2022',
      label: 'First batteries expected to be operational late in 2021 or early in 2022',
      quote: 'and that will be operational later this year or early next year',
      quoteSource: GLOBALRESEARCH,
      sources: [GLOBALRESEARCH],
    },
    {
      id: 'ind-s400-all-five',
      dealId: 'ind-rus-s400',
      kind: 'shipment',
      status: 'expected',
      date: '2021',
      until: '2021-12',
      label: 'All five units expected by the end of 2021',
      conflictGroup: 'ind-s400-deliveries-2021',
      units: { count: 5, unit: 'units', sources: [ENVOY] },
      quote: 'is expected to receive all five of the systems by the end of this year',
      quoteSource: ENVOY,
      sources: [ENVOY],
    },
    {
      id: 'ind-s400-shipments-began-2020',
      dealId: 'ind-rus-s400',
      kind: 'shipment',
      status: 'reported',
      date: '2020',
      label: 'Shipments to India began in 2020',
      conflictGroup: 'ind-s400-first-shipment',
      quote: 'The S-400 shipments to India began in 2020.',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      id: 'ind-s400-shipments-began-2021-12',
      dealId: 'ind-rus-s400',
      kind: 'shipment',
      status: 'reported',
      date: '2021-12',
      label: 'Supplies to India began in December 2021',
      conflictGroup: 'ind-s400-first-shipment',
      quote:
        "Supplies have begun this month and will continue to occur, India's foreign secretary Harsh Vardhan Shringla told reporters",
      quoteSource: NYT,
      sources: [NYT],
    },
    {
      id: 'ind-s400-putin-visit',
      dealId: 'ind-rus-s400',
      kind: 'diplomatic',
      status: 'reported',
      date: '2021-12-06',
      label: "Putin visits New Delhi; the deal's continuation is confirmed",
      quote:
        'Narendra Modi: "Among all such variables, Indo-Russian friendship has been constant." Sergei Lavrov: "The S-400 deal has more than just a symbolic meaning"',
      quoteSource: NYT,
      sources: [NYT],
    },
    // India – AK-203
    {
      id: 'ind-ak203-contract',
      dealId: 'ind-rus-ak203',
      kind: 'contract',
      status: 'reported',
      date: '2021-12',
      label: 'India and Russia sign the $600 million AK-203 rifle deal',
      quote:
        'India and Russia have signed a $ 600 million deal to produce hundreds of thousands of Russian AK-203 rifles in the country',
      quoteSource: NYT,
      sources: [NYT],
    },
    // China – S-400
    {
      id: 'chn-s400-order',
      dealId: 'chn-rus-s400',
      kind: 'contract',
      status: 'reported',
      date: '2015',
      label: 'China orders two S-400 regiments, the first foreign customer',
      quote:
        'Beijing was the first foreign S-400 customer, placing an order for two regiments back in 2015.',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      // "Early 2018" has no month: the year is as precise as the source.
      id: 'chn-s400-shipments-began',
      dealId: 'chn-rus-s400',
      kind: 'shipment',
      status: 'reported',
      date: '2018',
      label: 'Piecemeal shipments to China begin in early 2018',
      quote: 'Piecemeal S-400 shipments to China began in early 2018',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      id: 'chn-s400-fire-tests',
      dealId: 'chn-rus-s400',
      kind: 'test-firing',
      status: 'reported',
      date: '2018',
      label: 'Initial fire tests, later in 2018',
      quote: 'with initial fire tests occurring later that year',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      id: 'chn-s400-partial-by-mid-2020',
      dealId: 'chn-rus-s400',
      kind: 'shipment',
      status: 'reported',
      date: '2020',
      label: 'Shipments to China only partially complete by mid-2020',
      quote:
        "According to both Russian and Chinese reporting, the S-400 shipments to China's Armed Forces were only partially complete by mid-2020.",
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      // Summer taken as June–August; the source gives no month.
      id: 'chn-s400-suspension',
      dealId: 'chn-rus-s400',
      kind: 'suspension',
      status: 'reported',
      date: '2020-06',
      until: '2020-08',
      label: 'Russia reportedly suspends further S-400 deliveries to China (summer 2020)',
      quote:
        'Russia took steps to mitigate these risks in the summer of 2020 by reportedly suspending further S-400 deliveries to China.',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    // Turkey – S-400
    {
      id: 'tur-s400-contract',
      dealId: 'tur-rus-s400',
      kind: 'contract',
      status: 'reported',
      date: '2017',
      label: "Turkey's S-400 deal is inked",
      quote:
        'The former deal, inked in 2017, became the focal point of a crisis between Turkey and the North Atlantic Treaty Organization',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
    {
      id: 'tur-s400-first-deployment',
      dealId: 'tur-rus-s400',
      kind: 'deployment',
      status: 'reported',
      date: '2019-07',
      label: 'Turkey first deploys the S-400',
      quote: 'Turkey first deployed the weapons system in July 2019.',
      quoteSource: NIKKEI,
      sources: [NIKKEI],
    },
    {
      // Neither source gives a month: nikkei says "by the end of last year", nyt "In 2020".
      id: 'tur-s400-us-sanctions',
      dealId: 'tur-rus-s400',
      kind: 'sanction',
      status: 'reported',
      date: '2020',
      label: 'The US sanctions Turkey over the purchase',
      quote:
        'By the end of last year, the U.S. enacted sanctions against Turkey based on the legislation authorizing sanctions against Russia.',
      quoteSource: NIKKEI,
      sources: [NIKKEI, NYT],
    },
    {
      // No date given: the window runs from the 2017 deal to the article (7 February 2021).
      id: 'tur-s400-f35-removal',
      dealId: 'tur-rus-s400',
      kind: 'sanction',
      status: 'reported',
      date: '2017',
      until: '2021-02-07',
      label:
        'Turkey loses its place in the F-35 programme (no date given: after the 2017 deal, before 7 February 2021)',
      quote:
        'became the focal point of a crisis between Turkey and the North Atlantic Treaty Organization that eventually cost Ankara its place in the F-35 program',
      quoteSource: NATIONALINTEREST,
      sources: [NATIONALINTEREST],
    },
  ],

  stances: [
    {
      id: 'rus-supplier',
      country: 'RUS',
      category: 'supplier',
      summary:
        'Sells the S-400 to India, China and Turkey and AK-203 rifles to India, presenting India as a strategic partner.',
      quote: {
        text: 'a "remarkable occasion" that would usher in "a new stage in our strategic partnership."',
        speaker: "Nikolay Kudashev, Russia's ambassador to India",
        source: ENVOY,
      },
      sources: [NIKKEI, GLOBALRESEARCH, ENVOY, NATIONALINTEREST, NYT],
    },
    {
      id: 'ind-buyer',
      country: 'IND',
      category: 'buyer',
      summary:
        'Buys the S-400 despite the risk of US sanctions, saying its defence purchases follow its own national security interests.',
      quote: {
        text: 'India has always pursued an independent foreign policy. This also applies to our defense acquisitions and supplies which are guided by our national security interests',
        speaker: 'Anurag Srivastava, spokesman of the Indian foreign ministry',
        source: ENVOY,
      },
      since: '2018-10',
      sources: [NIKKEI, GLOBALRESEARCH, ENVOY, NATIONALINTEREST, NYT],
    },
    {
      id: 'chn-buyer',
      country: 'CHN',
      category: 'buyer',
      summary: 'The first foreign S-400 customer, with an order for two regiments.',
      since: '2015',
      sources: [NATIONALINTEREST],
    },
    {
      id: 'chn-buyer-suspended',
      country: 'CHN',
      category: 'buyer-suspended',
      summary:
        'Russia reportedly suspended further S-400 deliveries in summer 2020; as of February 2021 it was unclear whether they had fully resumed.',
      since: '2020-06',
      sources: [NATIONALINTEREST],
    },
    {
      id: 'tur-buyer',
      country: 'TUR',
      category: 'buyer',
      summary: 'Bought the S-400 in 2017 and first deployed it in July 2019.',
      since: '2017',
      sources: [NATIONALINTEREST, NIKKEI, NYT],
    },
    {
      id: 'tur-buyer-sanctioned',
      country: 'TUR',
      category: 'buyer-sanctioned',
      summary:
        'Sanctioned by the US in 2020 over its S-400 purchase, which also cost it its place in the F-35 programme.',
      since: '2020',
      sources: [NIKKEI, NYT, NATIONALINTEREST],
    },
    {
      id: 'usa-opposing',
      country: 'USA',
      category: 'opposing',
      summary:
        'Opposes purchases of Russian arms: sanctioned Turkey and urged India to abandon its S-400 deal.',
      quote: {
        text: 'did not have a wide waiver from a 2017 U.S. law aimed at deterring countries from buying Russian military hardware',
        speaker: 'The Trump administration, as reported by Reuters on January 15',
        source: ENVOY,
      },
      sources: [NIKKEI, GLOBALRESEARCH, ENVOY, NYT],
    },
    {
      id: 'jpn-partner',
      country: 'JPN',
      category: 'partner',
      summary:
        'In the Quad with India, the US and Australia, pursuing a "free and open Indo-Pacific" as a counterweight to China.',
      sources: [NIKKEI],
    },
    {
      id: 'aus-partner',
      country: 'AUS',
      category: 'partner',
      summary:
        'In the Quad with India, the US and Japan, pursuing a "free and open Indo-Pacific" as a counterweight to China.',
      sources: [NIKKEI],
    },
    {
      id: 'pak-neutral',
      country: 'PAK',
      category: 'neutral',
      summary:
        'Not a party to the deals; its territorial dispute with India is named as a continuing source of regional tension.',
      sources: [GLOBALRESEARCH],
    },
    {
      id: 'afg-neutral',
      country: 'AFG',
      category: 'neutral',
      summary:
        'Not a party to the deals; its fall to the Taliban in August 2021 worries India and Russia about regional terrorist groups.',
      since: '2021-08',
      sources: [NYT],
    },
  ],
};
