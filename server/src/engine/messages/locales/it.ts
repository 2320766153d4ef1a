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
    },
    MP003: {
      problem: '{problem}',
      unknownKey: 'chiave sconosciuta {key} in {path}{hint}',
    },
    MP004: {
      sameFile: 'id {kind} {id} duplicato, già definito in questo file',
      otherFile: 'id {kind} {id} duplicato, già definito in un altro file',
    },
    MP005: {
      unknown: '{kind} {id} sconosciuto',
      unknownNear: '{kind} {id} sconosciuto; forse intendevi {near}?',
      unknownMetric: 'metrica {metric} sconosciuta',
      unknownMetricNear: 'metrica {metric} sconosciuta; forse intendevi {near}?',
    },
    MP006: {
      bareNumber: '{path}: il numero {value} da solo è ambiguo come percentuale; scrivilo con %',
    },
    MP007: {
      second: 'un secondo piano {plan} in questa cartella; {first} dichiara già il piano qui',
    },
    MP008: {
      misplaced: 'questo mplan.config.yaml si trova sotto la cartella principale del piano {root} e non configura nulla',
    },
    MP101: {
      part: '{left} del segmento {segment}, che comprende {reach}',
      leavesOut: 'il pubblico esclude {parts}: la campagna {campaign} raggiunge solo {audience}',
    },
    MP102: {
      segment: '{segment}, che comprende {reach}',
      beyondSegment: 'il pubblico raggiunge {beyond}, fuori dal segmento {segments}: la campagna {campaign} raggiunge {audience}',
      beyondSegments: 'il pubblico raggiunge {beyond}, fuori dai segmenti {segments}: la campagna {campaign} raggiunge {audience}',
    },
    MP103: {
      segment: '{segment}, raggiungibile su {channels},',
      notInSegment: 'la campagna {campaign} usa il canale {channel}, dove il suo segmento {segments} non è raggiungibile',
      notInSegments: 'la campagna {campaign} usa il canale {channel}, dove nessuno dei suoi segmenti {segments} è raggiungibile',
    },
    MP104: {
      otherProduct: 'la proposta di valore {valueProp} appartiene al prodotto {owner}, non a {product}, promosso dalla campagna {campaign}',
      untargetedSegment:
        'la proposta di valore {valueProp} è pensata solo per il segmento {segments}, che la campagna {campaign} non ha come target',
      untargetedSegments:
        'la proposta di valore {valueProp} è pensata solo per i segmenti {segments}, che la campagna {campaign} non ha come target',
      leftOut: 'la proposta di valore {valueProp} riguarda {parts}, che il pubblico della campagna {campaign} esclude',
      part: '{left} del segmento {segment}',
    },
    MP105: {
      notMadeFor: 'la campagna {campaign} punta al segmento {segment}, ma il prodotto {product} è pensato per {madeFor}',
      madeForNone: 'la campagna {campaign} punta al segmento {segment}, ma il prodotto {product} non è pensato per nessun segmento',
    },
    MP106: {
      retired: 'la campagna {campaign} punta al segmento {segment}, che a monte è stato dismesso',
    },
    MP107: {
      noSegment: 'la campagna {campaign} non punta a nessun segmento: la sua lista di segmenti è vuota',
    },
    MP201: {
      belowFloor:
        'la campagna {campaign} offre il prodotto {product} a {price}: il prezzo più basso consentito è il suo prezzo minimo di {floor}',
    },
    MP202: {
      discountOverMax:
        'la campagna {campaign} offre il prodotto {product} con uno sconto del {discount}: lo sconto massimo consentito è del {max}',
      priceBelowMax:
        'la campagna {campaign} offre il prodotto {product} a {price}, uno sconto del {derived} su {list}: il prezzo più basso consentito è {minimum}, uno sconto del {max} su {list}',
    },
    MP203: {
      mismatch:
        'la campagna {campaign} indica il prezzo {price}, ma uno sconto del {discount} sul prezzo di listino {list} del prodotto {product} dà {fromDiscount}',
    },
    MP204: {
      discountOverLimit:
        'la campagna {campaign} offre il prodotto premium {product} con uno sconto del {discount}: lo sconto massimo consentito su un prodotto premium è del {max}',
      priceBelowLimit:
        'la campagna {campaign} offre il prodotto premium {product} a {price}, uno sconto del {derived} su {list}: il prezzo più basso consentito su un prodotto premium è {minimum}, uno sconto del {max} su {list}',
    },
    MP205: {
      aboveWillingness:
        'la campagna {campaign} offre il prodotto {product} a {price}, oltre i {willingness} che il segmento {segment} è disposto a pagare',
    },
    MP206: {
      otherCurrency: 'l’offerta della campagna {campaign} è in {currency}, ma la valuta del piano è {planCurrency}',
    },
    MP207: {
      aboveList: 'la campagna {campaign} offre il prodotto {product} a {price}, sopra il suo prezzo di listino di {list}',
    },
    MP301: {
      inverted: '{what} finisce il {end}, prima di iniziare il {start}',
      planPeriodOf: 'il periodo del piano {plan}',
      planPeriod: 'il periodo del piano',
      campaign: 'la campagna {campaign}',
    },
    MP302: {
      startsBeforePeriod: 'la campagna {campaign} inizia il {date}, prima dell’inizio del periodo del piano il {bound}',
      endsBeforePeriod: 'la campagna {campaign} finisce il {date}, prima dell’inizio del periodo del piano il {bound}',
      startsAfterPeriod: 'la campagna {campaign} inizia il {date}, dopo la fine del periodo del piano il {bound}',
      endsAfterPeriod: 'la campagna {campaign} finisce il {date}, dopo la fine del periodo del piano il {bound}',
    },
    MP303: {
      beforeResearch: 'la campagna {campaign} inizia il {start}, prima che la ricerca alla base dei suoi segmenti sia conclusa: {research}',
      completedOn: '{research} (conclusa il {completed}; alla base di {segments})',
      notCompleted: '{research} (non conclusa; alla base di {segments})',
    },
    MP304: {
      beforeAvailable: 'la campagna {campaign} inizia il {start}, prima che il prodotto {product} sia disponibile il {available}',
    },
    MP305: {
      afterStart: 'l’approvazione «{signOff}» della campagna {campaign} è datata {on}, dopo l’avvio della campagna il {start}',
      salesReview: 'revisione commerciale',
      pretest: 'pretest',
      compliance: 'conformità',
    },
    MP401: {
      missing: 'la campagna {campaign} non ha una revisione commerciale ({key})',
      placeholder: 'la revisione commerciale della campagna {campaign} è ancora da compilare (TODO in {key}): completala quando è fatta',
    },
    MP402: {
      missing: 'la campagna {campaign} ha un budget di {budget}, pari o superiore alla soglia di pretest di {threshold}, e nessun pretest',
      placeholder:
        'il pretest della campagna {campaign} è ancora da compilare (TODO in {key}): completalo quando è fatto; il suo budget di {budget} raggiunge la soglia di pretest',
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
    },
    MP404: {
      overBudget: 'i budget delle campagne sommano {sum}, oltre il budget del piano di {budget} ({count} campagne)',
      overBudgetOne: 'i budget delle campagne sommano {sum}, oltre il budget del piano di {budget} ({count} campagna)',
    },
    MP405: {
      noKpis: 'la campagna {campaign} non ha KPI: nulla dice come se ne misura il successo',
    },
    MP406: {
      downstreamOnly:
        'l’iniziativa {initiative} è misurata solo con metriche a valle ({kpis}): il successo a monte non si conta in vendite o clic',
    },
    MP407: {
      placeholder: 'il piano {plan} non ha ancora una missione né un’identità: il suo {key} è ancora da compilare (TODO)',
      placeholderNoId: 'il piano non ha ancora una missione né un’identità: il suo {key} è ancora da compilare (TODO)',
      missing: 'il piano {plan} non ha né una missione né un’identità',
      missingNoId: 'il piano non ha né una missione né un’identità',
    },
    MP501: {
      active: 'nessuna campagna punta al segmento attivo {segment}',
      emerging: 'nessuna campagna punta al segmento emergente {segment}',
    },
    MP502: {
      untargeted: 'l’iniziativa {initiative} mira al segmento {segment}, ma nessuna campagna punta a esso',
      leftOut: 'l’iniziativa {initiative} mira al segmento {segment}, ma ogni campagna che vi punta ne esclude una parte: {exclusions}',
      exclusion: '{campaign} esclude {left}',
    },
    MP503: {
      noEvidence: 'il segmento {segment} non elenca prove',
      noEvidenceNamed: 'il segmento {segment} non elenca prove (la ricerca {research} lo cita: elencala come prova)',
    },
    MP504: {
      unused: 'la proposta di valore {valueProp} del prodotto {product} non è usata in nessun messaggio di campagna',
    },
  },
};
