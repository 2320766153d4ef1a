/**
 * Italian: every rule's message templates (by rule code, then message id) and
 * the shared phrases, written for marketers in Italy. Placeholders exactly as
 * in English (tests/engine/locales.test.ts checks it).
 */
import type { Catalogue } from '../catalogue';

export const IT: Catalogue = {
  listAnd: ' e ',
  phrases: {
    'gender.female': 'le donne',
    'gender.male': 'gli uomini',
    'gender.nonbinary': 'le persone non binarie',
    'genders.any': 'persone di ogni genere',
    'genders.none': 'nessuno',
    'ages.any': 'ogni età',
    'ages.one': '{ages} anni',
    'ages.some': 'i {ages} anni',
    'ages.none': 'nessuna età',
    'regions.any': 'ogni regione',
    'regions.one': 'la regione {regions}',
    'regions.some': 'le regioni {regions}',
    'regions.except': 'le regioni diverse da {regions}',
    'regions.none': 'nessuna regione',
    'reach.in': 'in {regions}',
    'field.age': 'età',
    'field.genders': 'genere',
    'field.regions': 'regioni',
    unknown: '{field} sconosciuto',
    'offer.discounted': '{price} (sconto del {discount} su {list})',
    'offer.list': 'il suo prezzo di listino di {list}',
    money: '{amount} {currency}',
  },
  rules: {
    MP000: {
      unknown: 'soppressione inutile: {word} non è né un codice né un nome di regola',
      unknownProse: 'soppressione inutile: {word} non è né un codice né un nome di regola; il motivo per chi legge va dopo --',
      off: 'soppressione inutile: {word} è disattivata nella configurazione',
      nothingHere: 'soppressione inutile: {word} qui non segnala nulla',
      'fix.removeComment': 'Rimuovi il commento di soppressione inutile',
      'fix.removeWord': 'Togli {word} dal commento di soppressione',
    },
    MP001: {
      colonInText:
        'il testo di {key} contiene due punti seguiti da uno spazio, che YAML legge come l’inizio di un’altra chiave: metti tutto il testo tra virgolette, come in {key}: {quoted}',
      tabIndent: 'questa riga è rientrata con una tabulazione: YAML rientra solo con spazi, sostituisci la tabulazione con degli spazi',
      unclosedQuote:
        'queste virgolette ({quote}) aprono un testo che non viene mai chiuso: aggiungi la {quote} di chiusura alla fine del testo',
      listIndent: 'questo elemento di lista non è allineato con quelli sopra: metti il suo trattino alla colonna {column}, come i loro',
      colonInTextInConfig:
        'il testo di {key} contiene due punti seguiti da uno spazio, che YAML legge come l’inizio di un’altra chiave: metti tutto il testo tra virgolette, come in {key}: {quoted} (la configurazione non viene applicata)',
      tabIndentInConfig:
        'questa riga è rientrata con una tabulazione: YAML rientra solo con spazi, sostituisci la tabulazione con degli spazi (la configurazione non viene applicata)',
      unclosedQuoteInConfig:
        'queste virgolette ({quote}) aprono un testo che non viene mai chiuso: aggiungi la {quote} di chiusura alla fine del testo (la configurazione non viene applicata)',
      listIndentInConfig:
        'questo elemento di lista non è allineato con quelli sopra: metti il suo trattino alla colonna {column}, come i loro (la configurazione non viene applicata)',
      syntax: 'errore di sintassi YAML: {detail}',
      unreadable: 'il file non può essere letto come testo: {detail}',
      configUnreadable: 'il file non può essere letto come testo: {detail} (la configurazione non viene applicata)',
      configProblem: '{detail} (la configurazione non viene applicata)',
      'fix.quote': 'Metti il testo tra virgolette: {quoted}',
    },
    MP002: {
      problem: '{problem}',
      secondDocument: 'un file di piano contiene un solo documento YAML; questo secondo documento non viene letto',
      keyNotWord: 'una chiave deve essere una parola, non una lista né una mappa',
      missingVersion: 'manca version: 1, obbligatoria nel file che dichiara plan:',
      floorAboveList: '{path}: il prezzo minimo {floor} supera il prezzo di listino {list}; il minimo non può superare il listino',
      missingKey: 'manca la chiave obbligatoria {key} in {path}',
      invalid: '{path}: {expected}',
      invalidGot: '{path}: {expected} (trovato: {got})',
      noValue: '{path} non ha un valore: {expected}',
      anyInList: '{path}: any va scritto da solo, non come elemento di lista; scrivi any',
      notOneOf: '{path}: {value} non è tra {allowed}',
      'fix.insert': 'Inserisci {key}: {value}',
      'fix.replace': 'Sostituisci con {value}',
    },
    MP003: {
      problem: '{problem}',
      unknownKey: 'chiave sconosciuta {key} in {path}{hint}',
      'fix.rename': 'Rinomina in {key}',
    },
    MP004: {
      sameFile: 'id {kind} {id} duplicato, già definito in questo file',
      otherFile: 'id {kind} {id} duplicato, già definito in un altro file',
      'related.first': 'prima definizione dell’identificativo {kind} {id}',
    },
    MP005: {
      unknown: '{kind} {id} sconosciuto',
      unknownNear: '{kind} {id} sconosciuto; forse intendevi {near}?',
      unknownMetric: 'metrica {metric} sconosciuta',
      unknownMetricNear: 'metrica {metric} sconosciuta; forse intendevi {near}?',
      'fix.create': 'Crea {kind} {id}',
      'fix.replace': 'Sostituisci con {value}',
    },
    MP006: {
      bareNumber: '{path}: il numero {value} da solo è ambiguo come percentuale; scrivilo con %',
      'fix.write': 'Scrivi {value}',
    },
    MP007: {
      second: 'un secondo piano {plan} in questa cartella; {first} dichiara già il piano qui',
      'related.plan': 'il piano {plan}',
    },
    MP008: {
      misplaced: 'questo mplan.config.yaml si trova sotto la cartella principale del piano {root} e non configura nulla',
    },
    MP101: {
      part: '{left} del segmento {segment}, che comprende {reach}',
      leavesOut: 'il pubblico esclude {parts}: la campagna {campaign} raggiunge solo {audience}',
      'related.covers': 'il segmento {segment} copre {value}',
      'related.writesNo.age': 'il segmento {segment} non indica un’età: copre {value}',
      'related.writesNo.genders': 'il segmento {segment} non indica un genere: copre {value}',
      'related.writesNo.regions': 'il segmento {segment} non indica regioni: copre {value}',
      'fix.remove': 'Togli il segmento {segment} dalla campagna {campaign}',
      'fix.widen.age': 'Allarga l’età del pubblico a {target} per coprire {segments}',
      'fix.widen.genders': 'Allarga i generi del pubblico a {target} per coprire {segments}',
      'fix.widen.regions': 'Allarga le regioni del pubblico a {target} per coprire {segments}',
    },
    MP102: {
      segment: '{segment}, che comprende {reach}',
      beyondSegment: 'il pubblico raggiunge {beyond}, fuori dal segmento {segments}: la campagna {campaign} raggiunge {audience}',
      beyondSegments: 'il pubblico raggiunge {beyond}, fuori dai segmenti {segments}: la campagna {campaign} raggiunge {audience}',
      'related.covers': 'il segmento {segment} copre {value}',
      'related.writesNo.age': 'il segmento {segment} non indica un’età: copre {value}',
      'related.writesNo.genders': 'il segmento {segment} non indica un genere: copre {value}',
      'related.writesNo.regions': 'il segmento {segment} non indica regioni: copre {value}',
      'fix.narrow.age': 'Restringi l’età del pubblico a {target}, l’unione dei segmenti',
      'fix.narrow.genders': 'Restringi i generi del pubblico a {target}, l’unione dei segmenti',
      'fix.narrow.regions': 'Restringi le regioni del pubblico a {target}, l’unione dei segmenti',
    },
    MP103: {
      segment: '{segment}, raggiungibile su {channels},',
      notInSegment: 'la campagna {campaign} usa il canale {channel}, dove il suo segmento {segments} non è raggiungibile',
      notInSegments: 'la campagna {campaign} usa il canale {channel}, dove nessuno dei suoi segmenti {segments} è raggiungibile',
      'fix.remove': 'Togli il canale {channel} dalla campagna {campaign}',
      'fix.add': 'Aggiungi {channel} ai canali del segmento {segment}',
      'related.reachedOn': 'il segmento {segment} si raggiunge su {channels}',
    },
    MP104: {
      otherProduct: 'la proposta di valore {valueProp} appartiene al prodotto {owner}, non a {product}, promosso dalla campagna {campaign}',
      untargetedSegment:
        'la proposta di valore {valueProp} è pensata solo per il segmento {segments}, che la campagna {campaign} non ha come target',
      untargetedSegments:
        'la proposta di valore {valueProp} è pensata solo per i segmenti {segments}, che la campagna {campaign} non ha come target',
      leftOut: 'la proposta di valore {valueProp} riguarda {parts}, che il pubblico della campagna {campaign} esclude',
      part: '{left} del segmento {segment}',
      'related.ofProduct': '{valueProp} è una proposta di valore del prodotto {product}',
      'related.declaredOne': '{valueProp} è dichiarata per il segmento {segments}',
      'related.declared': '{valueProp} è dichiarata per i segmenti {segments}',
      'related.undeclared': '{valueProp} non dichiara segmenti: vale per quelli del prodotto {product}, {segments}',
      'related.includes': 'il segmento {segment} include {gap}',
      'fix.remove': 'Togli {valueProp} dal messaggio',
      'fix.replace': 'Sostituisci {valueProp} con {other}',
    },
    MP105: {
      notMadeFor: 'la campagna {campaign} punta al segmento {segment}, ma il prodotto {product} è pensato per {madeFor}',
      madeForNone: 'la campagna {campaign} punta al segmento {segment}, ma il prodotto {product} non è pensato per nessun segmento',
      'fix.remove': 'Togli il segmento {segment} dalla campagna {campaign}',
      'fix.add': 'Aggiungi {segment} ai segmenti del prodotto {product}',
      'related.madeFor': 'il prodotto {product} è pensato per {madeFor}',
      'related.madeForNone': 'il prodotto {product} non è pensato per alcun segmento',
    },
    MP106: {
      retired: 'la campagna {campaign} punta al segmento {segment}, che a monte è stato dismesso',
      'fix.remove': 'Togli il segmento {segment} dalla campagna {campaign}',
      'related.retired': 'il segmento {segment} è dismesso',
    },
    MP107: {
      noSegment: 'la campagna {campaign} non punta a nessun segmento: la sua lista di segmenti è vuota',
    },
    MP201: {
      belowFloor:
        'la campagna {campaign} offre il prodotto {product} a {price}: il prezzo più basso consentito è il suo prezzo minimo di {floor}',
      'fix.price': 'Porta il prezzo al minimo di {floor}',
      'fix.priceAndDiscount': 'Porta il prezzo al minimo di {floor} e lo sconto a {discount}',
      'fix.discount': 'Porta lo sconto a {discount}, con il prezzo al minimo di {floor}',
      'related.floor': 'il prezzo minimo del prodotto {product}: {floor}',
    },
    MP202: {
      discountOverMax:
        'la campagna {campaign} offre il prodotto {product} con uno sconto del {discount}: lo sconto massimo consentito è del {max}',
      priceBelowMax:
        'la campagna {campaign} offre il prodotto {product} a {price}, uno sconto del {derived} su {list}: il prezzo più basso consentito è {minimum}, uno sconto del {max} su {list}',
      'fix.capDiscount': 'Limita lo sconto al massimo di {discount}',
      'fix.capDiscountAndPrice': 'Limita lo sconto al massimo di {discount} e porta il prezzo a {price}',
      'fix.capPrice': 'Porta il prezzo a {price}, uno sconto del {discount} (il massimo)',
      'related.max': 'lo sconto massimo del prodotto {product}: {max}',
    },
    MP203: {
      mismatch:
        'la campagna {campaign} indica il prezzo {price}, ma uno sconto del {discount} sul prezzo di listino {list} del prodotto {product} dà {fromDiscount}',
      'fix.price': 'Ricalcola il prezzo dallo sconto: {price}',
      'fix.discount': 'Ricalcola lo sconto dal prezzo: {discount}',
      'related.list': 'il prezzo di listino del prodotto {product}: {list}',
    },
    MP204: {
      discountOverLimit:
        'la campagna {campaign} offre il prodotto premium {product} con uno sconto del {discount}: lo sconto massimo consentito su un prodotto premium è del {max}',
      priceBelowLimit:
        'la campagna {campaign} offre il prodotto premium {product} a {price}, uno sconto del {derived} su {list}: il prezzo più basso consentito su un prodotto premium è {minimum}, uno sconto del {max} su {list}',
      'fix.capDiscount': 'Limita lo sconto al limite premium di {discount}',
      'fix.capDiscountAndPrice': 'Limita lo sconto al limite premium di {discount} e porta il prezzo a {price}',
      'fix.capPrice': 'Porta il prezzo a {price}, uno sconto del {discount} (il limite premium)',
      'related.premium': 'il prodotto {product} ha un posizionamento premium',
    },
    MP205: {
      aboveWillingness:
        'la campagna {campaign} offre il prodotto {product} a {price}, oltre i {willingness} che il segmento {segment} è disposto a pagare',
      'fix.price': 'Porta il prezzo alla disponibilità a pagare di {wtp}',
      'fix.priceAndDiscount': 'Porta il prezzo alla disponibilità a pagare di {wtp} e lo sconto a {discount}',
      'fix.discount': 'Porta lo sconto a {discount}, un prezzo di {price} entro la disponibilità a pagare di {wtp}',
      'fix.addPrice': 'Aggiungi il prezzo d’offerta {wtp}, la disponibilità a pagare',
      'fix.addOffer': 'Aggiungi un’offerta alla disponibilità a pagare: prezzo {wtp}',
      'related.wtp': 'il segmento {segment} è disposto a pagare fino a {wtp}',
    },
    MP206: {
      otherCurrency: 'l’offerta della campagna {campaign} è in {currency}, ma la valuta del piano è {planCurrency}',
      'fix.currency': 'Imposta la valuta a {currency}, la valuta del piano',
      'related.currency': 'la valuta del piano: {currency}',
    },
    MP207: {
      aboveList: 'la campagna {campaign} offre il prodotto {product} a {price}, sopra il suo prezzo di listino di {list}',
      'fix.price': 'Porta il prezzo al prezzo di listino di {price}',
      'fix.priceAndDiscount': 'Porta il prezzo al prezzo di listino di {price} e lo sconto a {discount}',
      'related.list': 'il prezzo di listino del prodotto {product}: {list}',
    },
    MP301: {
      inverted: '{what} finisce il {end}, prima di iniziare il {start}',
      planPeriodOf: 'il periodo del piano {plan}',
      planPeriod: 'il periodo del piano',
      campaign: 'la campagna {campaign}',
      'fix.swap': 'Scambia le date: inizio il {start}, fine il {end}',
      'related.starts': '{what} inizia il {start}',
    },
    MP302: {
      startsBeforePeriod: 'la campagna {campaign} inizia il {date}, prima dell’inizio del periodo del piano il {bound}',
      endsBeforePeriod: 'la campagna {campaign} finisce il {date}, prima dell’inizio del periodo del piano il {bound}',
      startsAfterPeriod: 'la campagna {campaign} inizia il {date}, dopo la fine del periodo del piano il {bound}',
      endsAfterPeriod: 'la campagna {campaign} finisce il {date}, dopo la fine del periodo del piano il {bound}',
      'related.periodStarts': 'il periodo del piano inizia il {bound}',
      'related.periodEnds': 'il periodo del piano finisce il {bound}',
      'fix.clampStart': 'Riporta l’inizio nel periodo del piano: {bound}',
      'fix.clampEnd': 'Riporta la fine nel periodo del piano: {bound}',
    },
    MP303: {
      beforeResearch: 'la campagna {campaign} inizia il {start}, prima che la ricerca alla base dei suoi segmenti sia conclusa: {research}',
      completedOn: '{research} (conclusa il {completed}; alla base di {segments})',
      notCompleted: '{research} (non conclusa; alla base di {segments})',
      'related.completed': 'la ricerca {research} si conclude il {completed}',
      'related.running': 'la ricerca {research} non ha una data di conclusione: è ancora in corso',
    },
    MP304: {
      beforeAvailable: 'la campagna {campaign} inizia il {start}, prima che il prodotto {product} sia disponibile il {available}',
      'related.available': 'il prodotto {product} è disponibile dal {available}',
      'fix.moveStart': 'Sposta l’inizio al {available}, quando {product} è disponibile',
    },
    MP305: {
      afterStart: 'l’approvazione «{signOff}» della campagna {campaign} è datata {on}, dopo l’avvio della campagna il {start}',
      salesReview: 'revisione commerciale',
      pretest: 'pretest',
      compliance: 'conformità',
      'related.starts': 'la campagna {campaign} inizia il {start}',
    },
    MP401: {
      missing: 'la campagna {campaign} non ha una revisione commerciale ({key})',
      placeholder: 'la revisione commerciale della campagna {campaign} è ancora da compilare (TODO in {key}): completala quando è fatta',
      'fix.skeleton': 'Inserisci uno schema di revisione commerciale (salesReview)',
    },
    MP402: {
      missing: 'la campagna {campaign} ha un budget di {budget}, pari o superiore alla soglia di pretest di {threshold}, e nessun pretest',
      placeholder:
        'il pretest della campagna {campaign} è ancora da compilare (TODO in {key}): completalo quando è fatto; il suo budget di {budget} raggiunge la soglia di pretest',
      'fix.skeleton': 'Inserisci uno schema di pretest (pretest)',
    },
    MP403: {
      audienceMinors:
        'la campagna {campaign} ha come target {ages}, sotto la maggiore età di {adult} anni, senza approvazione di conformità',
      segmentMinors:
        'la campagna {campaign} raggiunge persone sotto la maggiore età di {adult} anni tramite {segments}, senza approvazione di conformità',
      placeholder:
        'l’approvazione di conformità della campagna {campaign} è ancora da compilare (TODO in {key}): completala quando è fatta; la campagna {whom}, sotto la maggiore età di {adult} anni',
      targets: 'ha come target {ages}',
      through: 'raggiunge minorenni tramite {segments}',
      segmentAges: 'il segmento {segment}, che comprende {ages}',
      'related.aged': 'il segmento {segment} ha età {age}',
      'related.noAgeLimit': 'il segmento {segment} non ha limiti di età',
      'fix.skeleton': 'Inserisci uno schema di approvazione di conformità (compliance)',
    },
    MP404: {
      overBudget: 'i budget delle campagne sommano {sum}, oltre il budget del piano di {budget} ({count} campagne)',
      overBudgetOne: 'i budget delle campagne sommano {sum}, oltre il budget del piano di {budget} ({count} campagna)',
      'related.budgets': 'la campagna {campaign} ha un budget di {budget}',
    },
    MP405: {
      noKpis: 'la campagna {campaign} non ha KPI: nulla dice come se ne misura il successo',
      'fix.insertKpis': 'Inserisci kpis: [conversions]',
      'fix.addConversions': 'Aggiungi conversions ai kpis',
    },
    MP406: {
      downstreamOnly:
        'l’iniziativa {initiative} è misurata solo con metriche a valle ({kpis}): il successo a monte non si conta in vendite o clic',
      'fix.replaceKpis': 'Sostituisci i kpis con [segment-share]',
    },
    MP407: {
      placeholder: 'il piano {plan} non ha ancora una missione né un’identità: il suo {key} è ancora da compilare (TODO)',
      placeholderNoId: 'il piano non ha ancora una missione né un’identità: il suo {key} è ancora da compilare (TODO)',
      missing: 'il piano {plan} non ha né una missione né un’identità',
      missingNoId: 'il piano non ha né una missione né un’identità',
      'fix.mission': 'Inserisci una mission da completare',
    },
    MP501: {
      active: 'nessuna campagna punta al segmento attivo {segment}',
      emerging: 'nessuna campagna punta al segmento emergente {segment}',
      'fix.stub': 'Crea una bozza di campagna per il segmento {segment}',
    },
    MP502: {
      untargeted: 'l’iniziativa {initiative} mira al segmento {segment}, ma nessuna campagna punta a esso',
      leftOut: 'l’iniziativa {initiative} mira al segmento {segment}, ma ogni campagna che vi punta ne esclude una parte: {exclusions}',
      exclusion: '{campaign} esclude {left}',
      'related.leavesOut': 'la campagna {campaign} lascia fuori {gaps} del segmento {segment}',
    },
    MP503: {
      noEvidence: 'il segmento {segment} non elenca prove',
      noEvidenceNamed: 'il segmento {segment} non elenca prove (la ricerca {research} lo cita: elencala come prova)',
      'related.informs': 'la ricerca {research} documenta il segmento {segment}',
    },
    MP504: {
      unused: 'la proposta di valore {valueProp} del prodotto {product} non è usata in nessun messaggio di campagna',
    },
  },
};
