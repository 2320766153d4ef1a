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
    'offer.discounted': '{price} ({discount} de remise sur {list})',
    'offer.list': 'son prix catalogue de {list}',
    money: '{amount} {currency}',
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
      configProblem: '{detail} (la configuration n’est pas appliquée)',
    },
    MP002: {
      problem: '{problem}',
      secondDocument: 'un fichier de plan contient un seul document YAML ; ce second document n’est pas lu',
      keyNotWord: 'une clé doit être un mot, pas une liste ni un dictionnaire',
      missingVersion: 'version: 1 manque ; elle est obligatoire dans le fichier qui déclare plan:',
      floorAboveList:
        '{path} : le prix plancher {floor} dépasse le prix catalogue {list} ; un plancher ne dépasse jamais le prix catalogue',
      missingKey: 'la clé obligatoire {key} manque dans {path}',
      invalid: '{path} : {expected}',
      invalidGot: '{path} : {expected} (trouvé : {got})',
      noValue: '{path} n’a pas de valeur : {expected}',
      anyInList: '{path} : any s’écrit seul, pas comme élément de liste ; écrivez any',
      notOneOf: '{path} : {value} ne fait pas partie de {allowed}',
    },
    MP003: {
      problem: '{problem}',
      unknownKey: 'clé inconnue {key} dans {path}{hint}',
    },
    MP004: {
      sameFile: 'identifiant {kind} {id} en double, déjà défini dans ce fichier',
      otherFile: 'identifiant {kind} {id} en double, déjà défini dans un autre fichier',
    },
    MP005: {
      unknown: '{kind} {id} inconnu',
      unknownNear: '{kind} {id} inconnu ; vouliez-vous dire {near} ?',
      unknownMetric: 'indicateur {metric} inconnu',
      unknownMetricNear: 'indicateur {metric} inconnu ; vouliez-vous dire {near} ?',
    },
    MP006: {
      bareNumber: '{path} : le nombre {value} seul est ambigu comme pourcentage ; écrivez-le avec %',
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
        'la campagne {campaign} propose le produit {product} à {price} : le prix le plus bas autorisé est son prix plancher de {floor}',
    },
    MP202: {
      discountOverMax:
        'la campagne {campaign} propose le produit {product} avec {discount} de remise : la remise maximale autorisée est de {max}',
      priceBelowMax:
        'la campagne {campaign} propose le produit {product} à {price}, soit {derived} de remise sur {list} : le prix le plus bas autorisé est {minimum}, soit {max} de remise sur {list}',
    },
    MP203: {
      mismatch:
        'la campagne {campaign} indique le prix {price}, mais {discount} de remise sur le prix catalogue {list} du produit {product} donnent {fromDiscount}',
    },
    MP204: {
      discountOverLimit:
        'la campagne {campaign} propose le produit premium {product} avec {discount} de remise : la remise maximale autorisée sur un produit premium est de {max}',
      priceBelowLimit:
        'la campagne {campaign} propose le produit premium {product} à {price}, soit {derived} de remise sur {list} : le prix le plus bas autorisé sur un produit premium est {minimum}, soit {max} de remise sur {list}',
    },
    MP205: {
      aboveWillingness:
        'la campagne {campaign} propose le produit {product} à {price}, au-delà des {willingness} que le segment {segment} est prêt à payer',
    },
    MP206: {
      otherCurrency: 'l’offre de la campagne {campaign} est en {currency}, mais la devise du plan est {planCurrency}',
    },
    MP207: {
      aboveList: 'la campagne {campaign} propose le produit {product} à {price}, au-dessus de son prix catalogue de {list}',
    },
    MP301: {
      inverted: '{what} se termine le {end}, avant de commencer le {start}',
      planPeriodOf: 'la période du plan {plan}',
      planPeriod: 'la période du plan',
      campaign: 'la campagne {campaign}',
    },
    MP302: {
      startsBeforePeriod: 'la campagne {campaign} commence le {date}, avant le début de la période du plan le {bound}',
      endsBeforePeriod: 'la campagne {campaign} se termine le {date}, avant le début de la période du plan le {bound}',
      startsAfterPeriod: 'la campagne {campaign} commence le {date}, après la fin de la période du plan le {bound}',
      endsAfterPeriod: 'la campagne {campaign} se termine le {date}, après la fin de la période du plan le {bound}',
    },
    MP303: {
      beforeResearch:
        'la campagne {campaign} commence le {start}, avant la fin des études sur lesquelles reposent ses segments : {research}',
      completedOn: '{research} (terminée le {completed} ; fonde {segments})',
      notCompleted: '{research} (non terminée ; fonde {segments})',
    },
    MP304: {
      beforeAvailable: 'la campagne {campaign} commence le {start}, avant que le produit {product} soit disponible le {available}',
    },
    MP305: {
      afterStart: 'la validation « {signOff} » de la campagne {campaign} est datée du {on}, après le lancement de la campagne le {start}',
      salesReview: 'revue commerciale',
      pretest: 'prétest',
      compliance: 'conformité',
    },
    MP401: {
      missing: 'la campagne {campaign} n’a pas de revue commerciale ({key})',
      placeholder: 'la revue commerciale de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-la une fois faite',
    },
    MP402: {
      missing: 'la campagne {campaign} a un budget de {budget}, égal ou supérieur au seuil de prétest de {threshold}, et aucun prétest',
      placeholder:
        'le prétest de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-le une fois fait ; son budget de {budget} atteint le seuil de prétest',
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
      overBudget: 'les budgets des campagnes totalisent {sum}, au-delà du budget du plan de {budget} ({count} campagnes)',
      overBudgetOne: 'les budgets des campagnes totalisent {sum}, au-delà du budget du plan de {budget} ({count} campagne)',
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
