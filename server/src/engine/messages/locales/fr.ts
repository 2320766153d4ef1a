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
      'fix.removeComment': 'Supprimer le commentaire de suppression inutile',
      'fix.removeWord': 'Retirer {word} du commentaire de suppression',
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
      'fix.quote': 'Mettre le texte entre guillemets : {quoted}',
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
      'fix.insert': 'Insérer {key}: {value}',
      'fix.replace': 'Remplacer par {value}',
    },
    MP003: {
      problem: '{problem}',
      unknownKey: 'clé inconnue {key} dans {path}{hint}',
      'fix.rename': 'Renommer en {key}',
    },
    MP004: {
      sameFile: 'identifiant {kind} {id} en double, déjà défini dans ce fichier',
      otherFile: 'identifiant {kind} {id} en double, déjà défini dans un autre fichier',
      'related.first': 'première définition de l’identifiant {kind} {id}',
    },
    MP005: {
      unknown: '{kind} {id} inconnu',
      unknownNear: '{kind} {id} inconnu ; vouliez-vous dire {near} ?',
      unknownMetric: 'indicateur {metric} inconnu',
      unknownMetricNear: 'indicateur {metric} inconnu ; vouliez-vous dire {near} ?',
      'fix.create': 'Créer {kind} {id}',
      'fix.replace': 'Remplacer par {value}',
    },
    MP006: {
      bareNumber: '{path} : le nombre {value} seul est ambigu comme pourcentage ; écrivez-le avec %',
      'fix.write': 'Écrire {value}',
    },
    MP007: {
      second: 'un second plan {plan} dans ce dossier ; {first} déclare déjà le plan ici',
      'related.plan': 'le plan {plan}',
    },
    MP008: {
      misplaced: 'ce mplan.config.yaml se trouve sous le dossier racine du plan {root} et ne configure rien',
    },
    MP101: {
      part: '{left} du segment {segment}, qui couvre {reach}',
      leavesOut: 'l’audience exclut {parts} : la campagne {campaign} ne touche que {audience}',
      'related.covers': 'le segment {segment} couvre {value}',
      'related.writesNo.age': 'le segment {segment} n’indique pas d’âge : il couvre {value}',
      'related.writesNo.genders': 'le segment {segment} n’indique pas de genre : il couvre {value}',
      'related.writesNo.regions': 'le segment {segment} n’indique pas de régions : il couvre {value}',
      'fix.remove': 'Retirer le segment {segment} de la campagne {campaign}',
      'fix.widen.age': 'Élargir l’âge de l’audience à {target} pour couvrir {segments}',
      'fix.widen.genders': 'Élargir les genres de l’audience à {target} pour couvrir {segments}',
      'fix.widen.regions': 'Élargir les régions de l’audience à {target} pour couvrir {segments}',
    },
    MP102: {
      segment: '{segment}, qui couvre {reach}',
      beyondSegment: 'l’audience touche {beyond}, hors du segment {segments} : la campagne {campaign} touche {audience}',
      beyondSegments: 'l’audience touche {beyond}, hors des segments {segments} : la campagne {campaign} touche {audience}',
      'related.covers': 'le segment {segment} couvre {value}',
      'related.writesNo.age': 'le segment {segment} n’indique pas d’âge : il couvre {value}',
      'related.writesNo.genders': 'le segment {segment} n’indique pas de genre : il couvre {value}',
      'related.writesNo.regions': 'le segment {segment} n’indique pas de régions : il couvre {value}',
      'fix.narrow.age': 'Restreindre l’âge de l’audience à {target}, l’union des segments',
      'fix.narrow.genders': 'Restreindre les genres de l’audience à {target}, l’union des segments',
      'fix.narrow.regions': 'Restreindre les régions de l’audience à {target}, l’union des segments',
    },
    MP103: {
      segment: '{segment}, joignable sur {channels},',
      notInSegment: 'la campagne {campaign} utilise le canal {channel}, où son segment {segments} est injoignable',
      notInSegments: 'la campagne {campaign} utilise le canal {channel}, où aucun de ses segments {segments} n’est joignable',
      'fix.remove': 'Retirer le canal {channel} de la campagne {campaign}',
      'fix.add': 'Ajouter {channel} aux canaux du segment {segment}',
      'related.reachedOn': 'le segment {segment} est joignable sur {channels}',
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
      'related.ofProduct': '{valueProp} est une proposition de valeur du produit {product}',
      'related.declaredOne': '{valueProp} est déclarée pour le segment {segments}',
      'related.declared': '{valueProp} est déclarée pour les segments {segments}',
      'related.undeclared': '{valueProp} ne déclare aucun segment : elle vaut pour ceux du produit {product}, {segments}',
      'related.includes': 'le segment {segment} inclut {gap}',
      'fix.remove': 'Retirer {valueProp} du message',
      'fix.replace': 'Remplacer {valueProp} par {other}',
    },
    MP105: {
      notMadeFor: 'la campagne {campaign} cible le segment {segment}, mais le produit {product} est conçu pour {madeFor}',
      madeForNone: 'la campagne {campaign} cible le segment {segment}, mais le produit {product} n’est conçu pour aucun segment',
      'fix.remove': 'Retirer le segment {segment} de la campagne {campaign}',
      'fix.add': 'Ajouter {segment} aux segments du produit {product}',
      'related.madeFor': 'le produit {product} est conçu pour {madeFor}',
      'related.madeForNone': 'le produit {product} n’est conçu pour aucun segment',
    },
    MP106: {
      retired: 'la campagne {campaign} cible le segment {segment}, abandonné en amont',
      'fix.remove': 'Retirer le segment {segment} de la campagne {campaign}',
      'related.retired': 'le segment {segment} est retiré',
    },
    MP107: {
      noSegment: 'la campagne {campaign} ne cible aucun segment : sa liste de segments est vide',
    },
    MP201: {
      belowFloor:
        'la campagne {campaign} propose le produit {product} à {price} : le prix le plus bas autorisé est son prix plancher de {floor}',
      'fix.price': 'Fixer le prix au plancher de {floor}',
      'fix.priceAndDiscount': 'Fixer le prix au plancher de {floor} et la remise à {discount}',
      'fix.discount': 'Fixer la remise à {discount}, soit un prix au plancher de {floor}',
      'related.floor': 'le prix plancher du produit {product} : {floor}',
    },
    MP202: {
      discountOverMax:
        'la campagne {campaign} propose le produit {product} avec {discount} de remise : la remise maximale autorisée est de {max}',
      priceBelowMax:
        'la campagne {campaign} propose le produit {product} à {price}, soit {derived} de remise sur {list} : le prix le plus bas autorisé est {minimum}, soit {max} de remise sur {list}',
      'fix.capDiscount': 'Plafonner la remise au maximum de {discount}',
      'fix.capDiscountAndPrice': 'Plafonner la remise au maximum de {discount} et fixer le prix à {price}',
      'fix.capPrice': 'Fixer le prix à {price}, soit {discount} de remise (le maximum)',
      'related.max': 'la remise maximale du produit {product} : {max}',
    },
    MP203: {
      mismatch:
        'la campagne {campaign} indique le prix {price}, mais {discount} de remise sur le prix catalogue {list} du produit {product} donnent {fromDiscount}',
      'fix.price': 'Recalculer le prix à partir de la remise : {price}',
      'fix.discount': 'Recalculer la remise à partir du prix : {discount}',
      'related.list': 'le prix catalogue du produit {product} : {list}',
    },
    MP204: {
      discountOverLimit:
        'la campagne {campaign} propose le produit premium {product} avec {discount} de remise : la remise maximale autorisée sur un produit premium est de {max}',
      priceBelowLimit:
        'la campagne {campaign} propose le produit premium {product} à {price}, soit {derived} de remise sur {list} : le prix le plus bas autorisé sur un produit premium est {minimum}, soit {max} de remise sur {list}',
      'fix.capDiscount': 'Plafonner la remise à la limite premium de {discount}',
      'fix.capDiscountAndPrice': 'Plafonner la remise à la limite premium de {discount} et fixer le prix à {price}',
      'fix.capPrice': 'Fixer le prix à {price}, soit {discount} de remise (la limite premium)',
      'related.premium': 'le produit {product} est positionné premium',
    },
    MP205: {
      aboveWillingness:
        'la campagne {campaign} propose le produit {product} à {price}, au-delà des {willingness} que le segment {segment} est prêt à payer',
      'fix.price': 'Fixer le prix au consentement à payer de {wtp}',
      'fix.priceAndDiscount': 'Fixer le prix au consentement à payer de {wtp} et la remise à {discount}',
      'fix.discount': 'Fixer la remise à {discount}, soit un prix de {price} dans le consentement à payer de {wtp}',
      'fix.addPrice': 'Ajouter le prix d’offre {wtp}, le consentement à payer',
      'fix.addOffer': 'Ajouter une offre au consentement à payer : prix {wtp}',
      'related.wtp': 'le segment {segment} est prêt à payer jusqu’à {wtp}',
    },
    MP206: {
      otherCurrency: 'l’offre de la campagne {campaign} est en {currency}, mais la devise du plan est {planCurrency}',
      'fix.currency': 'Passer la devise à {currency}, la devise du plan',
      'related.currency': 'la devise du plan : {currency}',
    },
    MP207: {
      aboveList: 'la campagne {campaign} propose le produit {product} à {price}, au-dessus de son prix catalogue de {list}',
      'fix.price': 'Fixer le prix au prix catalogue de {price}',
      'fix.priceAndDiscount': 'Fixer le prix au prix catalogue de {price} et la remise à {discount}',
      'related.list': 'le prix catalogue du produit {product} : {list}',
    },
    MP301: {
      inverted: '{what} se termine le {end}, avant de commencer le {start}',
      planPeriodOf: 'la période du plan {plan}',
      planPeriod: 'la période du plan',
      campaign: 'la campagne {campaign}',
      'fix.swap': 'Inverser les dates : début le {start}, fin le {end}',
      'related.starts': '{what} commence le {start}',
    },
    MP302: {
      startsBeforePeriod: 'la campagne {campaign} commence le {date}, avant le début de la période du plan le {bound}',
      endsBeforePeriod: 'la campagne {campaign} se termine le {date}, avant le début de la période du plan le {bound}',
      startsAfterPeriod: 'la campagne {campaign} commence le {date}, après la fin de la période du plan le {bound}',
      endsAfterPeriod: 'la campagne {campaign} se termine le {date}, après la fin de la période du plan le {bound}',
      'related.periodStarts': 'la période du plan commence le {bound}',
      'related.periodEnds': 'la période du plan se termine le {bound}',
      'fix.clampStart': 'Ramener le début dans la période du plan : {bound}',
      'fix.clampEnd': 'Ramener la fin dans la période du plan : {bound}',
    },
    MP303: {
      beforeResearch:
        'la campagne {campaign} commence le {start}, avant la fin des études sur lesquelles reposent ses segments : {research}',
      completedOn: '{research} (terminée le {completed} ; fonde {segments})',
      notCompleted: '{research} (non terminée ; fonde {segments})',
      'related.completed': 'l’étude {research} est terminée le {completed}',
      'related.running': 'l’étude {research} n’a pas de date de fin : elle est toujours en cours',
    },
    MP304: {
      beforeAvailable: 'la campagne {campaign} commence le {start}, avant que le produit {product} soit disponible le {available}',
      'related.available': 'le produit {product} est disponible à partir du {available}',
      'fix.moveStart': 'Décaler le début au {available}, date de disponibilité de {product}',
    },
    MP305: {
      afterStart: 'la validation « {signOff} » de la campagne {campaign} est datée du {on}, après le lancement de la campagne le {start}',
      salesReview: 'revue commerciale',
      pretest: 'prétest',
      compliance: 'conformité',
      'related.starts': 'la campagne {campaign} commence le {start}',
    },
    MP401: {
      missing: 'la campagne {campaign} n’a pas de revue commerciale ({key})',
      placeholder: 'la revue commerciale de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-la une fois faite',
      'fix.skeleton': 'Insérer un modèle de revue commerciale (salesReview)',
    },
    MP402: {
      missing: 'la campagne {campaign} a un budget de {budget}, égal ou supérieur au seuil de prétest de {threshold}, et aucun prétest',
      placeholder:
        'le prétest de la campagne {campaign} est encore à compléter (TODO dans {key}) : renseignez-le une fois fait ; son budget de {budget} atteint le seuil de prétest',
      'fix.skeleton': 'Insérer un modèle de prétest (pretest)',
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
      'related.aged': 'le segment {segment} a pour âge {age}',
      'related.noAgeLimit': 'le segment {segment} n’a pas de limite d’âge',
      'fix.skeleton': 'Insérer un modèle de validation de conformité (compliance)',
    },
    MP404: {
      overBudget: 'les budgets des campagnes totalisent {sum}, au-delà du budget du plan de {budget} ({count} campagnes)',
      overBudgetOne: 'les budgets des campagnes totalisent {sum}, au-delà du budget du plan de {budget} ({count} campagne)',
      'related.budgets': 'la campagne {campaign} a un budget de {budget}',
    },
    MP405: {
      noKpis: 'la campagne {campaign} n’a pas de KPI : rien ne dit comment mesurer son succès',
      'fix.insertKpis': 'Insérer kpis: [conversions]',
      'fix.addConversions': 'Ajouter conversions aux kpis',
    },
    MP406: {
      downstreamOnly:
        'l’initiative {initiative} n’est mesurée que par des indicateurs aval ({kpis}) : le succès amont ne se compte pas en ventes ni en clics',
      'fix.replaceKpis': 'Remplacer les kpis par [segment-share]',
    },
    MP407: {
      placeholder: 'le plan {plan} n’a encore ni mission ni identité : son {key} est encore à compléter (TODO)',
      placeholderNoId: 'le plan n’a encore ni mission ni identité : son {key} est encore à compléter (TODO)',
      missing: 'le plan {plan} n’a ni mission ni identité',
      missingNoId: 'le plan n’a ni mission ni identité',
      'fix.mission': 'Insérer une mission à compléter',
    },
    MP501: {
      active: 'aucune campagne ne cible le segment actif {segment}',
      emerging: 'aucune campagne ne cible le segment émergent {segment}',
      'fix.stub': 'Créer une ébauche de campagne pour le segment {segment}',
    },
    MP502: {
      untargeted: 'l’initiative {initiative} vise le segment {segment}, mais aucune campagne ne le cible',
      leftOut: 'l’initiative {initiative} vise le segment {segment}, mais chaque campagne qui le cible en exclut une partie : {exclusions}',
      exclusion: '{campaign} exclut {left}',
      'related.leavesOut': 'la campagne {campaign} laisse de côté {gaps} du segment {segment}',
    },
    MP503: {
      noEvidence: 'le segment {segment} ne cite aucune preuve',
      noEvidenceNamed: 'le segment {segment} ne cite aucune preuve (l’étude {research} le mentionne : citez-la comme preuve)',
      'related.informs': 'l’étude {research} documente le segment {segment}',
    },
    MP504: {
      unused: 'la proposition de valeur {valueProp} du produit {product} n’est reprise dans aucun message de campagne',
    },
  },
};
