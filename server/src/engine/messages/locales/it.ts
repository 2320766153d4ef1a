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
    'offer.discounted': '{price:money} (sconto del {discount:percent} su {list:money})',
    'offer.list': 'il suo prezzo di listino di {list:money}',
    money: '{amount:money} {currency}',
    'kind.plan': 'piano',
    'kind.research': 'ricerca',
    'kind.segment': 'segmento',
    'kind.channel': 'canale',
    'kind.product': 'prodotto',
    'kind.valueProp': 'proposta di valore',
    'kind.initiative': 'iniziativa',
    'kind.campaign': 'campagna',
    'kind.metric': 'metrica',
    'place.file': 'il file',
    'place.plan': 'il piano {entity}',
    'place.plan.key': '{key} del piano {entity}',
    'place.research': 'la ricerca {entity}',
    'place.research.key': '{key} della ricerca {entity}',
    'place.segment': 'il segmento {entity}',
    'place.segment.key': '{key} del segmento {entity}',
    'place.channel': 'il canale {entity}',
    'place.channel.key': '{key} del canale {entity}',
    'place.product': 'il prodotto {entity}',
    'place.product.key': '{key} del prodotto {entity}',
    'place.valueProp': 'la proposta di valore {entity}',
    'place.valueProp.key': '{key} della proposta di valore {entity}',
    'place.initiative': 'l’iniziativa {entity}',
    'place.initiative.key': '{key} dell’iniziativa {entity}',
    'place.campaign': 'la campagna {entity}',
    'place.campaign.key': '{key} della campagna {entity}',
    'schema.id': 'serve un id (minuscolo, parole unite da trattini)',
    'schema.idLength': 'un id ha al massimo 64 caratteri',
    'schema.idShape': 'serve un id minuscolo con parole unite da trattini, come teen-gamers',
    'schema.date': 'serve una data AAAA-MM-GG',
    'schema.realDate': 'questa data non esiste nel calendario',
    'schema.money': 'serve un importo (un numero)',
    'schema.moneyNegative': 'un importo non può essere negativo',
    'schema.moneyDecimals': 'un importo ha al massimo 2 decimali',
    'schema.currency': 'serve un codice valuta ISO 4217, come EUR',
    'schema.currencyUpper': 'serve un codice valuta ISO 4217 in maiuscolo, come EUR',
    'schema.percent': 'serve una percentuale, come 25%',
    'schema.percentShape': 'serve una percentuale, come 25% o 12.5%',
    'schema.percentMax': 'una percentuale vale al massimo 100%',
    'schema.ageWhole': 'le età sono anni interi',
    'schema.ageMax': 'le età arrivano fino a 120',
    'schema.ageRange': 'serve una fascia d’età, come 14-18, 65+ o any',
    'schema.ageBounds': 'le età vanno da 0 a 120 e min <= max',
    'schema.ageOrder': 'min deve essere <= max',
    'schema.age': 'serve una fascia d’età: 14-18, 65+, any, o {min, max}',
    'schema.gender': 'serve female, male o nonbinary',
    'schema.gendersEmpty': 'una lista vuota non raggiunge nessuno; scrivi any o indica dei generi',
    'schema.genders': 'serve any o una lista di female, male, nonbinary',
    'schema.region': 'serve un codice ISO 3166-1 alpha-2, come FR',
    'schema.regionsEmpty': 'una lista vuota non raggiunge nessuno; scrivi any o indica delle regioni',
    'schema.regions': 'serve any o una lista di codici ISO 3166-1 alpha-2',
    'schema.metric': 'serve un id di metrica',
    'schema.target': 'serve un numero o una percentuale',
    'schema.kpi': 'serve un id di metrica o {metric, target}',
    'schema.text': 'serve un testo',
    'schema.idList': 'serve una lista di id',
    'schema.version': 'version deve essere l’intero 1',
    'schema.planFile': 'un file di piano è una mappa di version, plan, upstream e downstream',
    'schema.map': 'serve una mappa di chiavi',
    'schema.list': 'serve una lista',
    'schema.number': 'serve un numero',
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
      configSyntax: 'errore di sintassi YAML: {detail} (la configurazione non viene applicata)',
    },
    MP002: {
      problem: '{problem}',
      secondDocument: 'un file di piano contiene un solo documento YAML; questo secondo documento non viene letto',
      keyNotWord: 'una chiave deve essere una parola, non una lista né una mappa',
      missingVersion: 'manca version: 1, obbligatoria nel file che dichiara plan:',
      floorAboveList:
        '{place}: il prezzo minimo {floor:money} supera il prezzo di listino {list:money}; il minimo non può superare il listino',
      missingKey: 'manca la chiave obbligatoria {key} per {place}',
      invalid: '{place}: {expected}',
      invalidGot: '{place}: {expected} (trovato: {got})',
      noValue: '{place} non ha un valore: {expected}',
      anyInList: '{place}: any va scritto da solo, non come elemento di lista; scrivi any',
      notOneOf: '{place}: {value} non è tra {allowed}',
      duplicateKey: 'chiave {key} duplicata: è scritta due volte in questa mappa e conta il primo valore',
      configSecondDocument: 'mplan.config.yaml contiene un solo documento YAML; questo secondo documento non viene letto',
      configNotMap: 'mplan.config.yaml deve essere una mappa con rules e thresholds',
      sectionNotMap: '{key} deve essere una mappa',
      ruleTwice: '{rule} è configurata due volte: conta la prima voce, {first} alla riga {line}, e questa viene ignorata',
      badSeverity: 'la gravità di {rule} deve essere error, warning, info, hint oppure off',
      cannotTurnOff: '{code} non si può disattivare: un piano che non si può leggere non si può controllare',
      badPretestBudget: 'pretestBudget deve essere un importo (un numero non negativo)',
      badPremiumDiscountLimit: 'premiumDiscountLimit deve essere una percentuale come 20%',
      badAdultAge: 'adultAge deve essere un numero intero di anni da 0 a 120',
    },
    MP003: {
      unknownKey: 'chiave sconosciuta {key} per {place}{hint}',
      unknownConfigKey: 'chiave sconosciuta {key} in mplan.config.yaml{hint}',
      unknownRule: 'regola sconosciuta {key}{hint}',
      unknownThreshold: 'soglia sconosciuta {key}{hint}',
      hintNone: '',
      hintNear: '; forse intendevi {near}?',
      hintNearTaken: '; forse intendevi {near}? ({taken})',
      hintTaken: '; {taken}',
      takenMap: '{key} è già in questa mappa',
      takenConfig: '{key} è già in mplan.config.yaml',
      takenConfigured: '{key} è già configurata',
      takenSet: '{key} è già impostata',
    },
    MP004: {
      sameFile: 'id {id} duplicato ({kind:kind}), già definito in questo file',
      otherFile: 'id {id} duplicato ({kind:kind}), già definito in un altro file',
    },
    MP005: {
      unknown: 'riferimento sconosciuto: {kind:kind} {id}',
      unknownNear: 'riferimento sconosciuto: {kind:kind} {id}; forse intendevi {near}?',
      unknownMetric: 'metrica {metric} sconosciuta',
      unknownMetricNear: 'metrica {metric} sconosciuta; forse intendevi {near}?',
    },
    MP006: {
      bareNumber: '{place}: il numero {value} da solo è ambiguo come percentuale; scrivilo con %',
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
        'la campagna {campaign} offre il prodotto {product} a {price:money}: il prezzo più basso consentito è il suo prezzo minimo di {floor:money}',
    },
    MP202: {
      discountOverMax:
        'la campagna {campaign} offre il prodotto {product} con uno sconto del {discount:percent}: lo sconto massimo consentito è del {max:percent}',
      priceBelowMax:
        'la campagna {campaign} offre il prodotto {product} a {price:money}, uno sconto del {derived:percent} su {list:money}: il prezzo più basso consentito è {minimum}, uno sconto del {max:percent} su {list:money}',
    },
    MP203: {
      mismatch:
        'la campagna {campaign} indica il prezzo {price:money}, ma uno sconto del {discount:percent} sul prezzo di listino {list:money} del prodotto {product} dà {fromDiscount:money}',
    },
    MP204: {
      discountOverLimit:
        'la campagna {campaign} offre il prodotto premium {product} con uno sconto del {discount:percent}: lo sconto massimo consentito su un prodotto premium è del {max:percent}',
      priceBelowLimit:
        'la campagna {campaign} offre il prodotto premium {product} a {price:money}, uno sconto del {derived:percent} su {list:money}: il prezzo più basso consentito su un prodotto premium è {minimum}, uno sconto del {max:percent} su {list:money}',
    },
    MP205: {
      aboveWillingness:
        'la campagna {campaign} offre il prodotto {product} a {price:money}, oltre i {willingness:money} che il segmento {segment} è disposto a pagare',
    },
    MP206: {
      otherCurrency: 'l’offerta della campagna {campaign} è in {currency}, ma la valuta del piano è {planCurrency}',
    },
    MP207: {
      aboveList: 'la campagna {campaign} offre il prodotto {product} a {price:money}, sopra il suo prezzo di listino di {list:money}',
    },
    MP301: {
      inverted: '{what} finisce il {end:date}, prima di iniziare il {start:date}',
      planPeriodOf: 'il periodo del piano {plan}',
      planPeriod: 'il periodo del piano',
      campaign: 'la campagna {campaign}',
    },
    MP302: {
      startsBeforePeriod: 'la campagna {campaign} inizia il {date:date}, prima dell’inizio del periodo del piano il {bound:date}',
      endsBeforePeriod: 'la campagna {campaign} finisce il {date:date}, prima dell’inizio del periodo del piano il {bound:date}',
      startsAfterPeriod: 'la campagna {campaign} inizia il {date:date}, dopo la fine del periodo del piano il {bound:date}',
      endsAfterPeriod: 'la campagna {campaign} finisce il {date:date}, dopo la fine del periodo del piano il {bound:date}',
    },
    MP303: {
      beforeResearch:
        'la campagna {campaign} inizia il {start:date}, prima che la ricerca alla base dei suoi segmenti sia conclusa: {research}',
      completedOn: '{research} (conclusa il {completed:date}; alla base di {segments})',
      notCompleted: '{research} (non conclusa; alla base di {segments})',
    },
    MP304: {
      beforeAvailable: 'la campagna {campaign} inizia il {start:date}, prima che il prodotto {product} sia disponibile il {available:date}',
    },
    MP305: {
      afterStart: 'l’approvazione «{signOff}» della campagna {campaign} è datata {on:date}, dopo l’avvio della campagna il {start:date}',
      salesReview: 'revisione commerciale',
      pretest: 'pretest',
      compliance: 'conformità',
    },
    MP401: {
      missing: 'la campagna {campaign} non ha una revisione commerciale ({key})',
      placeholder: 'la revisione commerciale della campagna {campaign} è ancora da compilare (TODO in {key}): completala quando è fatta',
    },
    MP402: {
      missing:
        'la campagna {campaign} ha un budget di {budget:money}, pari o superiore alla soglia di pretest di {threshold:money}, e nessun pretest',
      placeholder:
        'il pretest della campagna {campaign} è ancora da compilare (TODO in {key}): completalo quando è fatto; il suo budget di {budget:money} raggiunge la soglia di pretest',
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
      overBudget: 'i budget delle campagne sommano {sum:money}, oltre il budget del piano di {budget:money} ({count} campagne)',
      overBudgetOne: 'i budget delle campagne sommano {sum:money}, oltre il budget del piano di {budget:money} ({count} campagna)',
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
