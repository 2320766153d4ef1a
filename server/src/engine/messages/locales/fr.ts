/**
 * French: every rule's message templates (by rule code, then message id) and
 * the shared phrases, written for marketers in France. Placeholders exactly as
 * in English (tests/engine/locales.test.ts checks it).
 */
import type { Catalogue } from '../catalogue';

export const FR: Catalogue = {
  listAnd: ' et ',
  phrases: {
    'gender.female': 'les femmes',
    'gender.male': 'les hommes',
    'gender.nonbinary': 'les personnes non binaires',
    'genders.any': 'tous les genres',
    'genders.none': 'personne',
    'ages.any': 'tous âges',
    'ages.one': '{ages} ans',
    'ages.some': 'les {ages} ans',
    'ages.none': 'aucun âge',
    'regions.any': 'toutes les régions',
    'regions.one': 'la région {regions}',
    'regions.some': 'les régions {regions}',
    'regions.except': 'les régions autres que {regions}',
    'regions.none': 'aucune région',
    'reach.in': 'en {regions}',
    'field.age': 'âge',
    'field.genders': 'genre',
    'field.regions': 'régions',
    unknown: '{field} inconnu',
    'offer.discounted': '{price:money} ({discount:percent} de remise sur {list:money})',
    'offer.list': 'son prix catalogue de {list:money}',
    money: '{amount:money} {currency}',
    'kind.plan': 'plan',
    'kind.research': 'étude',
    'kind.segment': 'segment',
    'kind.channel': 'canal',
    'kind.product': 'produit',
    'kind.valueProp': 'proposition de valeur',
    'kind.initiative': 'initiative',
    'kind.campaign': 'campagne',
    'kind.metric': 'indicateur',
    'place.file': 'le fichier',
    'place.plan': 'le plan {entity}',
    'place.plan.key': '{key} du plan {entity}',
    'place.research': 'l’étude {entity}',
    'place.research.key': '{key} de l’étude {entity}',
    'place.segment': 'le segment {entity}',
    'place.segment.key': '{key} du segment {entity}',
    'place.channel': 'le canal {entity}',
    'place.channel.key': '{key} du canal {entity}',
    'place.product': 'le produit {entity}',
    'place.product.key': '{key} du produit {entity}',
    'place.valueProp': 'la proposition de valeur {entity}',
    'place.valueProp.key': '{key} de la proposition de valeur {entity}',
    'place.initiative': 'l’initiative {entity}',
    'place.initiative.key': '{key} de l’initiative {entity}',
    'place.campaign': 'la campagne {entity}',
    'place.campaign.key': '{key} de la campagne {entity}',
    'schema.id': 'un identifiant est attendu (en minuscules, mots reliés par des tirets)',
    'schema.idLength': 'un identifiant compte au plus 64 caractères',
    'schema.idShape': 'un identifiant en minuscules, mots reliés par des tirets, est attendu, comme teen-gamers',
    'schema.date': 'une date AAAA-MM-JJ est attendue',
    'schema.realDate': 'cette date n’existe pas au calendrier',
    'schema.money': 'un montant est attendu (un nombre)',
    'schema.moneyNegative': 'un montant ne peut pas être négatif',
    'schema.moneyDecimals': 'un montant a au plus 2 décimales',
    'schema.currency': 'un code de devise ISO 4217 est attendu, comme EUR',
    'schema.currencyUpper': 'un code de devise ISO 4217 en majuscules est attendu, comme EUR',
    'schema.percent': 'un pourcentage est attendu, comme 25%',
    'schema.percentShape': 'un pourcentage est attendu, comme 25% ou 12.5%',
    'schema.percentMax': 'un pourcentage vaut au plus 100%',
    'schema.ageWhole': 'les âges sont des années entières',
    'schema.ageMax': 'les âges vont jusqu’à 120',
    'schema.ageRange': 'une tranche d’âge est attendue, comme 14-18, 65+ ou any',
    'schema.ageBounds': 'les âges vont de 0 à 120 et min <= max',
    'schema.ageOrder': 'min doit être <= max',
    'schema.age': 'une tranche d’âge est attendue : 14-18, 65+, any, ou {min, max}',
    'schema.gender': 'female, male ou nonbinary est attendu',
    'schema.gendersEmpty': 'une liste vide ne touche personne ; écrivez any ou nommez des genres',
    'schema.genders': 'any ou une liste de female, male, nonbinary est attendu',
    'schema.region': 'un code ISO 3166-1 alpha-2 est attendu, comme FR',
    'schema.regionsEmpty': 'une liste vide ne touche personne ; écrivez any ou nommez des régions',
    'schema.regions': 'any ou une liste de codes ISO 3166-1 alpha-2 est attendu',
    'schema.metric': 'un identifiant d’indicateur est attendu',
    'schema.target': 'un nombre ou un pourcentage est attendu',
    'schema.kpi': 'un identifiant d’indicateur ou {metric, target} est attendu',
    'schema.text': 'un texte est attendu',
    'schema.idList': 'une liste d’identifiants est attendue',
    'schema.version': 'version doit être l’entier 1',
    'schema.planFile': 'un fichier de plan est un dictionnaire de version, plan, upstream et downstream',
    'schema.map': 'un dictionnaire de clés est attendu',
    'schema.list': 'une liste est attendue',
    'schema.number': 'un nombre est attendu',
  },
  rules: {
    MP000: {
      unknown: 'suppression inutile : {word} n’est ni un code ni un nom de règle',
      unknownProse: 'suppression inutile : {word} n’est ni un code ni un nom de règle ; la raison destinée au lecteur se place après --',
      off: 'suppression inutile : {word} est désactivée dans la configuration',
      nothingHere: 'suppression inutile : {word} ne signale rien ici',
    },
    MP001: {
      colonInText:
        'le texte de {key} contient deux-points suivis d’une espace, que YAML lit comme le début d’une autre clé : mettez tout le texte entre guillemets, comme dans {key}: {quoted}',
      tabIndent:
        'cette ligne est indentée avec une tabulation : YAML n’indente qu’avec des espaces, remplacez la tabulation par des espaces',
      unclosedQuote: 'ce guillemet ({quote}) ouvre un texte qui n’est jamais fermé : ajoutez le {quote} de fermeture à la fin du texte',
      listIndent:
        'cet élément de liste n’est pas aligné sur les éléments du dessus : placez son tiret en colonne {column}, comme les leurs',
      colonInTextInConfig:
        'le texte de {key} contient deux-points suivis d’une espace, que YAML lit comme le début d’une autre clé : mettez tout le texte entre guillemets, comme dans {key}: {quoted} (la configuration n’est pas appliquée)',
      tabIndentInConfig:
        'cette ligne est indentée avec une tabulation : YAML n’indente qu’avec des espaces, remplacez la tabulation par des espaces (la configuration n’est pas appliquée)',
      unclosedQuoteInConfig:
        'ce guillemet ({quote}) ouvre un texte qui n’est jamais fermé : ajoutez le {quote} de fermeture à la fin du texte (la configuration n’est pas appliquée)',
      listIndentInConfig:
        'cet élément de liste n’est pas aligné sur les éléments du dessus : placez son tiret en colonne {column}, comme les leurs (la configuration n’est pas appliquée)',
      syntax: 'erreur de syntaxe YAML : {detail}',
      unreadable: 'le fichier ne peut pas être lu comme du texte : {detail}',
      configUnreadable: 'le fichier ne peut pas être lu comme du texte : {detail} (la configuration n’est pas appliquée)',
      configSyntax: 'erreur de syntaxe YAML : {detail} (la configuration n’est pas appliquée)',
    },
    MP002: {
      problem: '{problem}',
      secondDocument: 'un fichier de plan contient un seul document YAML ; ce second document n’est pas lu',
      keyNotWord: 'une clé doit être un mot, pas une liste ni un dictionnaire',
      missingVersion: 'version: 1 manque ; elle est obligatoire dans le fichier qui déclare plan:',
      floorAboveList:
        '{place} : le prix plancher {floor:money} dépasse le prix catalogue {list:money} ; un plancher ne dépasse jamais le prix catalogue',
      missingKey: 'la clé obligatoire {key} manque dans {place}',
      invalid: '{place} : {expected}',
      invalidGot: '{place} : {expected} (trouvé : {got})',
      noValue: '{place} n’a pas de valeur : {expected}',
      anyInList: '{place} : any s’écrit seul, pas comme élément de liste ; écrivez any',
      notOneOf: '{place} : {value} ne fait pas partie de {allowed}',
      duplicateKey: 'clé {key} en double : elle est écrite deux fois dans ce dictionnaire et c’est la première valeur qui compte',
      configSecondDocument: 'mplan.config.yaml contient un seul document YAML ; ce second document n’est pas lu',
      configNotMap: 'mplan.config.yaml doit être un dictionnaire avec rules et thresholds',
      sectionNotMap: '{key} doit être un dictionnaire',
      ruleTwice: '{rule} est configurée deux fois : la première entrée, {first} à la ligne {line}, compte et celle-ci est ignorée',
      badSeverity: 'la gravité de {rule} doit être error, warning, info, hint ou off',
      cannotTurnOff: '{code} ne peut pas être désactivée : un plan illisible ne peut pas être contrôlé',
      badPretestBudget: 'pretestBudget doit être un montant (un nombre positif ou nul)',
      badPremiumDiscountLimit: 'premiumDiscountLimit doit être un pourcentage comme 20%',
      badAdultAge: 'adultAge doit être un nombre entier d’années de 0 à 120',
    },
    MP003: {
      unknownKey: 'clé inconnue {key} dans {place}{hint}',
      unknownConfigKey: 'clé inconnue {key} dans mplan.config.yaml{hint}',
      unknownRule: 'règle inconnue {key}{hint}',
      unknownThreshold: 'seuil inconnu {key}{hint}',
      hintNone: '',
      hintNear: ' ; vouliez-vous dire {near} ?',
      hintNearTaken: ' ; vouliez-vous dire {near} ? ({taken})',
      hintTaken: ' ; {taken}',
      takenMap: '{key} figure déjà dans ce dictionnaire',
      takenConfig: '{key} figure déjà dans mplan.config.yaml',
      takenConfigured: '{key} est déjà configurée',
      takenSet: '{key} est déjà défini',
    },
    MP004: {
      sameFile: 'identifiant {id} en double ({kind:kind}), déjà défini dans ce fichier',
      otherFile: 'identifiant {id} en double ({kind:kind}), déjà défini dans un autre fichier',
    },
    MP005: {
      unknown: 'référence inconnue : {kind:kind} {id}',
      unknownNear: 'référence inconnue : {kind:kind} {id} ; vouliez-vous dire {near} ?',
      unknownMetric: 'indicateur {metric} inconnu',
      unknownMetricNear: 'indicateur {metric} inconnu ; vouliez-vous dire {near} ?',
    },
    MP006: {
      bareNumber: '{place} : le nombre {value} seul est ambigu comme pourcentage ; écrivez-le avec %',
    },
    MP007: {
      second: 'un second plan {plan} dans ce dossier ; {first} déclare déjà le plan ici',
    },
    MP008: {
      misplaced: 'ce mplan.config.yaml se trouve sous le dossier racine du plan {root} et ne configure rien',
    },
    MP101: {
      part: '{left} du segment {segment}, qui couvre {reach}',
      leavesOut: 'l’audience exclut {parts} : la campagne {campaign} ne touche que {audience}',
    },
    MP102: {
      segment: '{segment}, qui couvre {reach}',
      beyondSegment: 'l’audience touche {beyond}, hors du segment {segments} : la campagne {campaign} touche {audience}',
      beyondSegments: 'l’audience touche {beyond}, hors des segments {segments} : la campagne {campaign} touche {audience}',
    },
    MP103: {
      segment: '{segment}, joignable sur {channels},',
      notInSegment: 'la campagne {campaign} utilise le canal {channel}, où son segment {segments} est injoignable',
      notInSegments: 'la campagne {campaign} utilise le canal {channel}, où aucun de ses segments {segments} n’est joignable',
    },
    MP104: {
      otherProduct:
        'la proposition de valeur {valueProp} appartient au produit {owner}, pas à {product}, que promeut la campagne {campaign}',
      untargetedSegment:
        'la proposition de valeur {valueProp} ne s’adresse qu’au segment {segments}, que la campagne {campaign} ne cible pas',
      untargetedSegments:
        'la proposition de valeur {valueProp} ne s’adresse qu’aux segments {segments}, que la campagne {campaign} ne cible pas',
      leftOut: 'la proposition de valeur {valueProp} vise {parts}, que l’audience de la campagne {campaign} exclut',
      part: '{left} du segment {segment}',
    },
    MP105: {
      notMadeFor: 'la campagne {campaign} cible le segment {segment}, mais le produit {product} est conçu pour {madeFor}',
      madeForNone: 'la campagne {campaign} cible le segment {segment}, mais le produit {product} n’est conçu pour aucun segment',
    },
    MP106: {
      retired: 'la campagne {campaign} cible le segment {segment}, abandonné en amont',
    },
    MP107: {
      noSegment: 'la campagne {campaign} ne cible aucun segment : sa liste de segments est vide',
    },
    MP201: {
      belowFloor:
        'la campagne {campaign} propose le produit {product} à {price:money} : le prix le plus bas autorisé est son prix plancher de {floor:money}',
    },
    MP202: {
      discountOverMax:
        'la campagne {campaign} propose le produit {product} avec {discount:percent} de remise : la remise maximale autorisée est de {max:percent}',
      priceBelowMax:
        'la campagne {campaign} propose le produit {product} à {price:money}, soit {derived:percent} de remise sur {list:money} : le prix le plus bas autorisé est {minimum}, soit {max:percent} de remise sur {list:money}',
    },
    MP203: {
      mismatch:
        'la campagne {campaign} indique le prix {price:money}, mais {discount:percent} de remise sur le prix catalogue {list:money} du produit {product} donnent {fromDiscount:money}',
    },
    MP204: {
      discountOverLimit:
        'la campagne {campaign} propose le produit premium {product} avec {discount:percent} de remise : la remise maximale autorisée sur un produit premium est de {max:percent}',
      priceBelowLimit:
        'la campagne {campaign} propose le produit premium {product} à {price:money}, soit {derived:percent} de remise sur {list:money} : le prix le plus bas autorisé sur un produit premium est {minimum}, soit {max:percent} de remise sur {list:money}',
    },
    MP205: {
      aboveWillingness:
        'la campagne {campaign} propose le produit {product} à {price:money}, au-delà des {willingness:money} que le segment {segment} est prêt à payer',
    },
    MP206: {
      otherCurrency: 'l’offre de la campagne {campaign} est en {currency}, mais la devise du plan est {planCurrency}',
    },
    MP207: {
      aboveList: 'la campagne {campaign} propose le produit {product} à {price:money}, au-dessus de son prix catalogue de {list:money}',
    },
    MP301: {
      inverted: '{what} se termine le {end:date}, avant de commencer le {start:date}',
      planPeriodOf: 'la période du plan {plan}',
      planPeriod: 'la période du plan',
      campaign: 'la campagne {campaign}',
    },
    MP302: {
      startsBeforePeriod: 'la campagne {campaign} commence le {date:date}, avant le début de la période du plan le {bound:date}',
      endsBeforePeriod: 'la campagne {campaign} se termine le {date:date}, avant le début de la période du plan le {bound:date}',
      startsAfterPeriod: 'la campagne {campaign} commence le {date:date}, après la fin de la période du plan le {bound:date}',
      endsAfterPeriod: 'la campagne {campaign} se termine le {date:date}, après la fin de la période du plan le {bound:date}',
    },
    MP303: {
      beforeResearch:
        'la campagne {campaign} commence le {start:date}, avant la fin des études sur lesquelles reposent ses segments : {research}',
      completedOn: '{research} (terminée le {completed:date} ; fonde {segments})',
      notCompleted: '{research} (non terminée ; fonde {segments})',
    },
    MP304: {
      beforeAvailable:
        'la campagne {campaign} commence le {start:date}, avant que le produit {product} soit disponible le {available:date}',
    },
    MP305: {
      afterStart:
        'la validation « {signOff} » de la campagne {campaign} est datée du {on:date}, après le lancement de la campagne le {start:date}',
      salesReview: 'revue commerciale',
      pretest: 'prétest',
      compliance: 'conformité',
    },
    MP401: {
      missing: 'la campagne {campaign} n’a pas de revue commerciale ({key})',
      placeholder: 'la revue commerciale de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-la une fois faite',
    },
    MP402: {
      missing:
        'la campagne {campaign} a un budget de {budget:money}, égal ou supérieur au seuil de prétest de {threshold:money}, et aucun prétest',
      placeholder:
        'le prétest de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-le une fois fait ; son budget de {budget:money} atteint le seuil de prétest',
    },
    MP403: {
      audienceMinors: 'la campagne {campaign} cible {ages}, sous l’âge de la majorité de {adult} ans, sans validation de conformité',
      segmentMinors:
        'la campagne {campaign} touche des personnes de moins de {adult} ans, l’âge de la majorité, via {segments}, sans validation de conformité',
      placeholder:
        'la validation de conformité de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-la une fois faite ; la campagne {whom}, sous l’âge de la majorité de {adult} ans',
      targets: 'cible {ages}',
      through: 'touche des mineurs via {segments}',
      segmentAges: 'le segment {segment}, qui couvre {ages}',
    },
    MP404: {
      overBudget: 'les budgets des campagnes totalisent {sum:money}, au-delà du budget du plan de {budget:money} ({count} campagnes)',
      overBudgetOne: 'les budgets des campagnes totalisent {sum:money}, au-delà du budget du plan de {budget:money} ({count} campagne)',
    },
    MP405: {
      noKpis: 'la campagne {campaign} n’a pas de KPI : rien ne dit comment mesurer son succès',
    },
    MP406: {
      downstreamOnly:
        'l’initiative {initiative} n’est mesurée que par des indicateurs aval ({kpis}) : le succès amont ne se compte pas en ventes ni en clics',
    },
    MP407: {
      placeholder: 'le plan {plan} n’a encore ni mission ni identité : son {key} est encore à compléter (TODO)',
      placeholderNoId: 'le plan n’a encore ni mission ni identité : son {key} est encore à compléter (TODO)',
      missing: 'le plan {plan} n’a ni mission ni identité',
      missingNoId: 'le plan n’a ni mission ni identité',
    },
    MP501: {
      active: 'aucune campagne ne cible le segment actif {segment}',
      emerging: 'aucune campagne ne cible le segment émergent {segment}',
    },
    MP502: {
      untargeted: 'l’initiative {initiative} vise le segment {segment}, mais aucune campagne ne le cible',
      leftOut: 'l’initiative {initiative} vise le segment {segment}, mais chaque campagne qui le cible en exclut une partie : {exclusions}',
      exclusion: '{campaign} exclut {left}',
    },
    MP503: {
      noEvidence: 'le segment {segment} ne cite aucune preuve',
      noEvidenceNamed: 'le segment {segment} ne cite aucune preuve (l’étude {research} le mentionne : citez-la comme preuve)',
    },
    MP504: {
      unused: 'la proposition de valeur {valueProp} du produit {product} n’est reprise dans aucun message de campagne',
    },
  },
};
