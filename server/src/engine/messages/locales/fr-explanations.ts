/** French: each rule's one-line summary and explanation (`mplan explain --locale fr`), by rule code. */
import type { RuleTexts } from '../catalogue';

export const FR_EXPLANATIONS: RuleTexts = {
  MP000: {
    summary: 'Un commentaire de suppression qui ne supprime rien.',
    explanation:
      'Un commentaire `mplan-disable` fait taire un constat volontairement : les relecteurs comptent sur le fait que chacun cache encore une exception réelle et acceptée. Quand le plan change et que le constat disparaît, ou que le commentaire nomme une règle inconnue ou désactivée, il ne cache plus rien et induit le prochain lecteur en erreur. Retirez le code du commentaire, ou tout le commentaire s’il était le dernier.',
  },
  MP001: {
    summary: 'Le fichier n’est pas du YAML valide.',
    explanation:
      'Le fichier ne peut pas être lu comme du YAML : rien de ce qu’il contient ne peut être confronté au reste du plan. Tant qu’il n’est pas lisible, ses campagnes peuvent contredire les décisions amont sans que personne ne le voie. Corrigez la syntaxe à l’endroit signalé : le plus souvent une indentation, deux-points manquants, un crochet ou un guillemet non fermé, ou une tabulation utilisée pour indenter.',
  },
  MP002: {
    summary: 'Une valeur a le mauvais type, une clé obligatoire manque ou une valeur est mal formée.',
    explanation:
      'Le plan dit quelque chose que le format ne sait pas lire : une clé obligatoire absente, une valeur du mauvais type, une option inconnue, ou une date, un identifiant ou un pourcentage mal écrits. Une valeur illisible est ignorée par tous les autres contrôles, et la contradiction qu’elle cache passe inaperçue. Écrivez la valeur comme le format l’attend ; le correctif rapide insère une clé manquante à compléter ou choisit l’option autorisée la plus proche.',
  },
  MP003: {
    summary: 'Une clé que le format ne définit pas.',
    explanation:
      'Le format ne connaît pas cette clé : ce qu’elle dit est ignoré. Un `audiance` mal orthographié, et la campagne cible en silence l’audience par défaut. Une clé inconnue est presque toujours une faute de frappe, et la décision qu’elle devait porter n’arrive jamais aux contrôles. Renommez la clé comme le format la définit, ou supprimez-la.',
  },
  MP004: {
    summary: 'Un identifiant est défini deux fois pour le même type dans un même périmètre.',
    explanation:
      'Deux segments, produits ou campagnes avec le même identifiant rendent ambiguë chaque référence à cet identifiant : une campagne peut être contrôlée contre le mauvais segment ou le mauvais prix. Les identifiants sont uniques par type dans tous les fichiers d’un plan. Renommez l’un des deux et mettez à jour les références qui le visaient.',
  },
  MP005: {
    summary: 'Une référence ne désigne aucun segment, produit, proposition de valeur, étude, canal ou indicateur défini.',
    explanation:
      'Une campagne ou une décision amont pointe vers quelque chose que le plan ne définit pas : le lien entre l’amont et l’aval est rompu, et rien ne peut vérifier que la campagne touche ce segment ou respecte le prix de ce produit. C’est généralement une faute de frappe ou un élément renommé. Utilisez l’identifiant d’un élément existant, ou créez celui qui manque.',
  },
  MP006: {
    summary: 'Un pourcentage écrit comme un nombre seul.',
    explanation:
      'Une remise de `25` peut vouloir dire 25 % ou 2500 %, et `0.25` 25 % ou un quart de pour cent : les contrôles de prix ne peuvent pas deviner. Une mauvaise supposition laisse passer une remise de liquidation, ou bloque une remise légitime. Écrivez les pourcentages avec le signe %, par exemple `25%`.',
  },
  MP007: {
    summary: 'Deux fichiers de plan d’un même dossier déclarent `plan:`.',
    explanation:
      'Un dossier contient un seul plan : son budget, sa période et sa devise encadrent toutes les campagnes en dessous. Deux sections `plan:` dans un même dossier laissent planer le doute sur le budget et la période qui s’appliquent ; les contrôles de budget et de calendrier prennent le premier et ignorent le second. Gardez un seul `plan:` par dossier, ou déplacez le second plan dans son propre dossier.',
  },
  MP008: {
    summary: 'Un `mplan.config.yaml` placé sous le dossier racine d’un périmètre ne configure rien.',
    explanation:
      'Seul le `mplan.config.yaml` du dossier racine du plan (ou au-dessus) configure ses règles. Celui d’un sous-dossier est ignoré : les gravités et les seuils que l’équipe y a convenus ne s’appliquent pas, sans prévenir. Déplacez ses réglages dans le fichier de configuration du dossier racine du plan.',
  },
  MP101: {
    summary: 'L’audience exclut des genres, des âges ou des régions d’un segment que la campagne cible.',
    explanation:
      'L’amont a choisi ce segment, mais le ciblage acheté en laisse une partie de côté : ces personnes ne verront jamais la campagne. Les ventes et le mouvement stratégique sur lesquels l’amont comptait sont perdus, et l’étude qui a choisi le segment ne sert à rien. Élargissez l’audience pour couvrir tout le segment ou, si cette partie ne doit vraiment pas être touchée, retirez le segment de la campagne et tranchez la question en amont.',
  },
  MP102: {
    summary: 'L’audience touche des âges, des genres ou des régions qu’aucun des segments ciblés ne couvre.',
    explanation:
      'Le ciblage acheté touche des personnes hors de tous les segments que nomme la campagne : l’aval suppose une demande que les études amont n’ont jamais établie. Cette part du budget va à des gens dont personne n’a montré qu’ils voulaient le produit, et leurs résultats brouillent ce que la campagne dit de ses vrais segments. Resserrez l’audience sur les segments ou, si ces personnes forment vraiment un marché, ajoutez ou élargissez d’abord un segment en amont, preuves à l’appui.',
  },
  MP103: {
    summary: 'Un canal de la campagne ne fait pas partie des canaux où ses segments sont joignables.',
    explanation:
      'L’amont a noté où les segments de cette campagne sont joignables, et ce canal n’en fait pas partie : le budget qui y est dépensé achète l’attention de personnes hors du segment, il est en grande partie perdu. Soit le canal a été choisi par habitude, soit la connaissance du segment est dépassée. Retirez le canal de la campagne ou, si les études montrent que le segment y est, ajoutez-le aux canaux du segment.',
  },
  MP104: {
    summary:
      'Une proposition de valeur du message appartient à un autre produit, ou s’adresse à des segments que la campagne ne touche pas.',
    explanation:
      'L’amont a écrit chaque proposition de valeur pour un produit et pour les segments qu’elle doit convaincre, et cette campagne en utilise une qui ne s’adresse pas aux personnes qu’elle touche réellement. Une promesse faite aux mauvaises personnes tombe à plat au mieux ; au pire elle promet ce que le produit ne fait pas, ou parle à des gens que le ciblage a exclus, ce qui abîme la marque. Utilisez une proposition de valeur du produit promu écrite pour les segments ciblés, ou modifiez l’audience pour toucher les personnes visées par la promesse.',
  },
  MP105: {
    summary: 'La campagne cible un segment pour lequel son produit n’est pas conçu.',
    explanation:
      'L’amont liste les segments pour lesquels chaque produit est conçu, et cette campagne promeut le produit auprès d’un segment hors de cette liste. Personne n’a établi que ces personnes ont besoin du produit : la dépense risque d’être perdue, et des acheteurs mal adaptés peuvent se désabonner ou se plaindre. Retirez le segment de la campagne ou, si le produit le sert vraiment, ajoutez le segment au produit en amont.',
  },
  MP106: {
    summary: 'Une campagne cible un segment abandonné en amont.',
    explanation:
      'L’amont a décidé de ne plus servir ce segment, et une campagne dépense encore pour le toucher. Le budget va à des personnes que l’entreprise a choisi de laisser de côté, avec un message que la marque ne porte plus. Retirez le segment de la campagne ou, si la décision a changé, repassez le segment en actif en amont.',
  },
  MP107: {
    summary: 'La liste `segments` d’une campagne est vide.',
    explanation:
      'Une campagne qui ne nomme aucun segment est coupée de toutes les décisions amont : rien ne dit à qui elle s’adresse, donc son audience, ses canaux, ses promesses et ses prix ne peuvent pas être confrontés aux choix de l’amont. Elle dépense son budget au hasard. Nommez les segments, choisis en amont, que la campagne doit toucher.',
  },
  MP201: {
    summary: 'Le prix effectif d’une offre est inférieur au prix plancher (`floor`) de son produit.',
    explanation:
      'La campagne vend le produit sous le prix le plus bas que l’amont autorise. Le prix plancher protège la marge et l’image prix : chaque vente en dessous fait perdre de l’argent, apprend aux clients à attendre la prochaine grosse promotion et peut enfreindre les accords avec les distributeurs et partenaires. Remontez l’offre au prix plancher, ou faites valider un plancher plus bas en amont avant le lancement.',
  },
  MP202: {
    summary: 'La remise effective d’une offre dépasse la remise maximale (`maxDiscount`) de son produit.',
    explanation:
      'La campagne accorde une remise plus forte que ce que la politique de prix autorise. La remise maximale est ce que la marge et le positionnement prix peuvent supporter : au-delà, chaque vente abandonne du chiffre d’affaires et habitue les clients à n’acheter qu’en promotion. Plafonnez l’offre à la remise maximale, ou faites relever ce maximum en amont avant le lancement.',
  },
  MP203: {
    summary: 'Le prix et la remise d’une offre divergent de plus de 0,01 sur le prix catalogue.',
    explanation:
      'L’offre indique à la fois un prix et une remise, et la remise appliquée au prix catalogue ne donne pas ce prix. Les clients qui font le calcul voient une économie annoncée qui n’existe pas : la confiance en pâtit et les règles de protection du consommateur sur les annonces de prix peuvent être enfreintes ; la boutique et les publicités risquent aussi d’afficher des montants différents. Recalculez l’un à partir de l’autre pour que remise et prix disent la même chose.',
  },
  MP204: {
    summary: 'Un produit `premium` bénéficie d’une remise supérieure à `premiumDiscountLimit` (20 % par défaut).',
    explanation:
      'L’amont a positionné le produit comme premium, et la campagne le brade. Un positionnement premium repose sur la conviction que le produit vaut son prix ; les fortes remises sapent cette conviction, banalisent la marque et compliquent ensuite les ventes au prix normal. Restez dans la limite de remise premium et mettez en avant la valeur du produit, ou revoyez le positionnement en amont.',
  },
  MP205: {
    summary: 'Le prix effectif (le prix catalogue sans offre) dépasse le consentement à payer (`willingnessToPay`) d’un segment ciblé.',
    explanation:
      'La campagne demande à un segment ciblé de payer plus que ce que les études amont disent qu’il accepte. Le budget média touche alors des personnes qui aiment le produit mais ne l’achèteront pas à ce prix : les ventes que la campagne doit créer n’arrivent pas. Ramenez l’offre au consentement à payer (si le prix plancher le permet), ou ciblez des segments qui acceptent ce prix.',
  },
  MP206: {
    summary: 'La devise d’une offre diffère de celle du plan.',
    explanation:
      'L’offre est exprimée dans une autre devise que celle de tout le plan, de ses prix et de ses budgets. Son prix ne peut pas être comparé au prix plancher, à la remise maximale ni à ce que les segments sont prêts à payer, et les clients risquent d’être facturés d’un montant que personne n’a validé. Exprimez l’offre dans la devise du plan, ou planifiez ce marché dans un périmètre à part, avec sa propre devise.',
  },
  MP207: {
    summary: 'Le prix d’une offre dépasse le prix catalogue de son produit.',
    explanation:
      'La campagne demande plus que le prix catalogue fixé en amont. Une « offre » plus chère que le prix normal déroute les clients, fait perdre les ventes que la campagne doit apporter et peut tromper des acheteurs qui attendent d’une promotion qu’elle leur fasse économiser. Fixez le prix de l’offre au plus au prix catalogue, ou relevez le prix catalogue en amont si telle est la décision.',
  },
  MP301: {
    summary: 'Le calendrier d’une campagne ou la période du plan se termine avant de commencer.',
    explanation:
      'La date de fin précède la date de début : les dates ne décrivent aucune période. Impossible de réserver les médias, et tous les autres contrôles de calendrier (période du plan, études, disponibilité du produit, validations) se mesurent à une date probablement erronée. Le plus souvent, les deux dates ont été inversées ou l’année est fausse. Échangez les dates, ou corrigez celle qui est mal saisie.',
  },
  MP302: {
    summary: 'Une campagne se déroule (en partie) hors de la période du plan.',
    explanation:
      'La campagne est programmée, au moins en partie, hors de la période couverte par le plan. Le budget, les objectifs et les décisions amont du plan ne valent que pour cette période : les jours hors période dépensent un argent que personne n’a validé et se mesurent à des objectifs qui ne s’appliquent plus. Ramenez la campagne dans la période du plan, ou reportez-la dans le plan de la période suivante.',
  },
  MP303: {
    summary: 'Une campagne commence avant la fin de l’étude sur laquelle repose l’un de ses segments.',
    explanation:
      'La campagne démarre avant que l’étude derrière l’un de ses segments ait livré ses résultats : c’est lancer le casting avant d’avoir acheté les droits. Si l’étude change la définition du segment, ses besoins ou ce qu’il est prêt à payer, les médias, le message et l’offre déjà achetés sont perdus ou mal ciblés. Lancez la campagne après la fin de l’étude, ou notez sa date de fin une fois les résultats connus.',
  },
  MP304: {
    summary: 'Une campagne commence avant la date de disponibilité (`available`) de son produit.',
    explanation:
      'La campagne fait la promotion d’un produit avant le premier jour où il peut être vendu. Chaque client convaincu pendant ces jours-là ne trouve rien à acheter : le budget média est perdu, la demande créée profite aux concurrents et la marque paraît mal préparée. Décalez le début de la campagne à la date de disponibilité, ou avancez le lancement en amont si le produit peut être livré plus tôt.',
  },
  MP305: {
    summary: 'Une revue commerciale, un prétest ou une validation de conformité est daté après le début de la campagne.',
    explanation:
      'Une validation qui intervient après le lancement ne peut plus rien changer : l’équipe commerciale découvre la campagne quand les clients appellent déjà, le prétest mesure des publicités déjà payées, et le juridique approuve ce qui est déjà publié. Ce qu’ils trouvent coûte alors un arrêt, une réimpression ou un risque juridique au lieu d’une simple correction. Programmez la validation avant la date de début, ou décalez le début après elle.',
  },
  MP401: {
    summary: 'Une campagne n’a pas de revue commerciale (`salesReview`).',
    explanation:
      'Personne de l’équipe commerciale n’a validé cette campagne. Les commerciaux découvrent alors l’offre, le prix et la promesse par les clients, ne peuvent préparer ni stock, ni argumentaire, ni partenaires, et la demande achetée par la campagne se perd au comptoir. Passez la campagne en revue avec l’équipe commerciale avant le lancement et notez qui l’a validée et quand dans `salesReview`.',
  },
  MP402: {
    summary: 'Une campagne dont le budget atteint `pretestBudget` n’a pas de prétest (`pretest`).',
    explanation:
      'Un budget important va être dépensé pour des publicités et des messages que personne n’a testés. Si le message ne porte pas auprès du segment, tout le budget achète de l’indifférence, et une promesse maladroite peut abîmer la marque à grande échelle. Prétestez les publicités ou le message sur un échantillon de l’audience avant le lancement et notez la méthode et la date dans `pretest`.',
  },
  MP403: {
    summary: 'L’audience inclut des âges sous `adultAge` et la campagne n’a pas de validation de conformité (`compliance`).',
    explanation:
      'La campagne touche des personnes n’ayant pas l’âge de la majorité, et personne du juridique ne l’a approuvée. La publicité auprès des mineurs est encadrée (ciblage, promesses, prix, collecte de données) : une infraction expose à des amendes, des publicités retirées et des articles qui abîment la marque. Faites approuver la campagne par le juridique et notez-le dans `compliance`, ou limitez l’audience aux adultes si les mineurs ne sont pas visés.',
  },
  MP404: {
    summary: 'Les budgets des campagnes du périmètre dépassent `plan.budget`.',
    explanation:
      'Ensemble, les campagnes prévoient de dépenser plus que le budget alloué au plan. Il faudra couper tard, une fois les médias réservés et les agences briefées, et la coupe tombe rarement sur la campagne la moins efficace. Réduisez les budgets des campagnes jusqu’à ce qu’ils tiennent, abandonnez une campagne, ou faites relever le budget du plan.',
  },
  MP405: {
    summary: 'Une campagne n’a pas de KPI.',
    explanation:
      'La campagne ne dit rien de la façon dont son succès sera jugé. Sans KPI, personne ne peut dire si l’argent a porté ses fruits : une campagne qui échoue garde son budget et une campagne qui réussit ne peut pas être amplifiée. Nommez au moins un indicateur avant le lancement, comme les conversions, les ventes ou les leads, avec un objectif si vous en avez un.',
  },
  MP406: {
    summary: 'Les KPI d’une initiative sont tous des indicateurs aval.',
    explanation:
      'Une initiative amont, comme conquérir un nouveau segment ou repositionner un produit, n’est jugée que sur les ventes ou les clics. Ces chiffres bougent avec chaque campagne et chaque remise : ils ne montrent pas si le mouvement stratégique a réussi, et une bonne décision peut être abandonnée après un trimestre faible. Mesurez l’initiative avec un indicateur amont, comme la part du segment, la notoriété ou la considération, et laissez les ventes aux campagnes.',
  },
  MP407: {
    summary: 'Le plan n’a ni `mission` ni `identity`.',
    explanation:
      'Le plan n’énonce ni la mission de l’organisation ni l’identité de la marque. Les choix amont de segments, de produits et de positionnement n’ont alors aucune référence, et les campagnes dérivent vers des messages qui se contredisent et brouillent la marque. Mettez-vous d’accord sur la mission (ou une déclaration d’identité de marque) et inscrivez-la dans le plan.',
  },
  MP501: {
    summary: 'Aucune campagne ne cible un segment actif ou émergent.',
    explanation:
      'L’amont a choisi ce segment, mais aucune campagne ne le touche : la décision ne se traduit jamais en ventes, les études et le travail produit menés pour lui restent inutilisés pendant que les concurrents s’en occupent. Parfois la campagne n’est simplement pas encore planifiée ; parfois le segment n’est plus souhaité. Planifiez une campagne pour ce segment, ou marquez-le `retired` en amont si l’entreprise y a renoncé.',
  },
  MP502: {
    summary: 'Le segment d’une initiative n’est couvert par l’audience d’aucune campagne.',
    explanation:
      'L’amont a fait un choix stratégique pour conquérir ce segment, mais en aval aucune campagne ne le touche en entier : soit aucune ne le cible, soit chacune achète une audience qui en exclut une partie. L’investissement derrière l’initiative (une évolution du produit, un nouveau positionnement) n’est jamais montré aux personnes pour qui il a été fait, et ses KPI diront qu’elle a échoué alors qu’elle n’a jamais été tentée. Planifiez une campagne dont l’audience couvre tout le segment, ou élargissez l’audience d’une campagne existante.',
  },
  MP503: {
    summary: 'Un segment n’a pas de preuve (`evidence`) : aucune étude ne le fonde.',
    explanation:
      'Le segment ne cite aucune étude qui le fonde : le choix de qui servir repose sur une opinion plutôt que sur une enquête, une étude de tendance ou des données de ventes. Chaque campagne bâtie dessus hérite de ce risque : le budget peut aller à un segment plus petit, moins intéressé ou moins solvable que prévu. Citez les études qui soutiennent le segment dans son `evidence`, ou planifiez cette étude avant d’y dépenser.',
  },
  MP504: {
    summary: 'Aucun message de campagne n’utilise une proposition de valeur.',
    explanation:
      'L’amont a écrit cette proposition de valeur pour convaincre un segment, mais aucun message de campagne ne la porte : la promesse n’atteint jamais un client. Soit elle manque aux campagnes qui devraient la faire, et des ventes sont perdues, soit elle est obsolète et encombre le plan. Ajoutez-la aux `message.valueProps` d’une campagne, ou retirez-la du produit.',
  },
};
