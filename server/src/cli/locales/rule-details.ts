/**
 * Each rule's place and quick fixes in English, French and Italian, for `mplan explain` and the rule docs
 * (docs/rules/, docs/rules/<locale>/). CLI only: the language server's bundles never import it (in the
 * rules' `meta`, these words would weigh on the extension's bundled servers).
 * Plan syntax (keys, values) stays as written in the plan.
 */
import type { Locale } from '../../engine/messages/locale';

export interface RuleDetails {
  readonly place: string;
  readonly fixes: readonly string[];
}

type Details = Readonly<Record<string, RuleDetails>>;

const EN: Details = {
  MP000: {
    place: 'the unused code inside the comment',
    fixes: [
      'remove the unused code, keeping the reason after `--`; or the whole comment, reason included, when it was its last (a suggestion, not safe, for words that look like no code or rule name)',
    ],
  },
  MP001: {
    place:
      "the parser's error range; for the common mistakes: the unquoted text with a colon or with a # that hides the end of its list or map, the tab, the opening quote never closed, the dash of a list item out of line",
    fixes: ['put a text that holds a colon or a # in quotes (double quotes, or single ones when the text holds double quotes)'],
  },
  MP002: {
    place: "the offending value (a missing key: the parent map's key; in a list item: the item's id)",
    fixes: [
      'missing required key: insert it with a placeholder',
      'unknown option: replace it with the closest allowed value',
      'a text read as a comment (#1...): put it in quotes (offered in the editor, never applied by --fix)',
    ],
  },
  MP003: {
    place: 'the key',
    fixes: ['rename to the closest known key the map does not hold yet (safe when it is the only candidate at distance 1)'],
  },
  MP004: { place: 'the second id value; related: the first', fixes: [] },
  MP005: {
    place: 'the reference value',
    fixes: ['replace with the closest defined id (or metric)', 'create a stub of the missing entity (not for kpis)'],
  },
  MP006: { place: 'the value', fixes: ['`25` -> `25%`; `0.25` -> `25%` (both offered for `1`)'] },
  MP007: { place: 'the second `plan` key', fixes: [] },
  MP008: { place: 'its first key', fixes: [] },
  MP101: {
    place: 'the audience field that excludes (its `genders`, `age` or `regions` value)',
    fixes: [
      'widen the audience field to cover the segment (preferred)',
      'remove the segment from the campaign (not when it is the last one)',
    ],
  },
  MP102: {
    place: 'the audience field (its `age`, `genders` or `regions` value)',
    fixes: ["narrow the field to the segments' union (only when that union is one range or set)"],
  },
  MP103: { place: 'the channel item', fixes: ['remove the channel from the campaign', "add the channel to the segment's channels"] },
  MP104: {
    place: 'the value-prop item',
    fixes: [
      'remove the value proposition from the message (not when it is the last one)',
      'replace it with a value proposition of the product for these segments (preferred when there is one)',
    ],
  },
  MP105: { place: 'the segment item', fixes: ['remove the segment from the campaign', "add the segment to the product's segments"] },
  MP106: { place: 'the segment item', fixes: ['remove the segment from the campaign'] },
  MP107: { place: "the campaign's `segments` key", fixes: [] },
  MP201: {
    place: "the offer's price (with only a discount written: the discount); related: the product's `floor`",
    fixes: ['set the price to the floor (with only a discount written: the largest discount that keeps the price at the floor)'],
  },
  MP202: {
    place: "the offer's discount (with only a price written: the price); related: the product's `maxDiscount`",
    fixes: ['cap the discount (and a written price) at the maximum; with only a price written, raise it to the price the maximum allows'],
  },
  MP203: {
    place: "the offer's price; related: the product's `list`",
    fixes: ['recompute the price from the discount', 'recompute the discount from the price (to the nearest 0.01%)'],
  },
  MP204: {
    place: "the offer's discount (with only a price written: the price); related: the product's `positioning`",
    fixes: [
      'cap the discount (and a written price) at the premium limit; with only a price written, raise it to the price the limit allows',
    ],
  },
  MP205: {
    place: "the offer's price when written, else the campaign's product reference; related: the segment's `willingnessToPay`",
    fixes: [
      'set the offer price to the lowest willingness to pay exceeded, where that is not below the floor ' +
        '(with only a discount written: the smallest discount reaching it; with no price nor discount: add the price to the offer, or add an offer)',
    ],
  },
  MP206: { place: "the offer's currency; related: the plan's `currency`", fixes: ["set the offer currency to the plan's currency"] },
  MP207: { place: "the offer's price; related: the product's `list`", fixes: ['set the price to the list price'] },
  MP301: { place: 'the end value', fixes: ['swap the start and end dates'] },
  MP302: {
    place: 'the start or end value outside the period; related: the plan period',
    fixes: ['clamp the start or end date to the plan period'],
  },
  MP303: { place: 'the schedule start; related: each late research', fixes: [] },
  MP304: { place: "the schedule start; related: the product's `available`", fixes: ['move the start to the availability date'] },
  MP305: { place: 'that sign-off date; related: the schedule start', fixes: [] },
  MP401: {
    place: 'the campaign id value; a placeholder `salesReview` (`by: TODO`): its `TODO`',
    fixes: ['insert a `salesReview` skeleton (`by`, `on`)'],
  },
  MP402: {
    place: 'the budget value; a placeholder `pretest` (`method: TODO`): its `TODO`',
    fixes: ['insert a `pretest` skeleton (`method`, `on`)'],
  },
  MP403: {
    place: "the audience's age value, else the campaign id value; a placeholder `compliance` (`approvedBy: TODO`): its `TODO`",
    fixes: ['insert a `compliance` skeleton (`approvedBy`, `on`)'],
  },
  MP404: { place: 'the plan budget value; related: each campaign budget', fixes: [] },
  MP405: { place: 'the campaign id value', fixes: ['insert `kpis: [conversions]`'] },
  MP406: { place: "the initiative's `kpis` key", fixes: ['replace the kpis with `[segment-share]`'] },
  MP407: { place: 'the `plan` key; a placeholder (`TODO`) mission, else identity: its value', fixes: ['insert a `mission` placeholder'] },
  MP501: { place: 'the segment id value', fixes: ['create a campaign stub for the segment'] },
  MP502: { place: "the initiative's segment item; related: the campaigns that exclude it", fixes: [] },
  MP503: { place: 'the segment id value', fixes: [] },
  MP504: { place: 'the value proposition id value', fixes: [] },
};

const FR: Details = {
  MP000: {
    place: 'le code inutile dans le commentaire',
    fixes: [
      'retirer le code inutile en gardant la raison après `--` ; ou tout le commentaire, raison comprise, quand c’était le dernier (une suggestion, non sûre, pour les mots qui ne ressemblent à aucun code ni nom de règle)',
    ],
  },
  MP001: {
    place:
      'la plage de l’erreur signalée par l’analyseur ; pour les erreurs courantes : le texte non entre guillemets qui contient deux-points ou un # qui masque la fin de sa liste ou de son dictionnaire, la tabulation, le guillemet ouvert jamais fermé, le tiret d’un élément de liste mal aligné',
    fixes: [
      'mettre entre guillemets un texte qui contient deux-points ou un # (guillemets doubles, ou simples quand le texte contient des guillemets doubles)',
    ],
  },
  MP002: {
    place: 'la valeur fautive (clé manquante : la clé du dictionnaire parent ; dans un élément de liste : son id)',
    fixes: [
      'clé obligatoire manquante : l’insérer avec une valeur à compléter',
      'option inconnue : la remplacer par la valeur autorisée la plus proche',
      'texte lu comme un commentaire (#1...) : le mettre entre guillemets (proposé dans l’éditeur, jamais appliqué par --fix)',
    ],
  },
  MP003: {
    place: 'la clé',
    fixes: [
      'renommer en la clé connue la plus proche que le dictionnaire ne contient pas encore (sûr quand c’est la seule candidate à distance 1)',
    ],
  },
  MP004: { place: 'la valeur du second id ; en lien : le premier', fixes: [] },
  MP005: {
    place: 'la valeur de la référence',
    fixes: ['remplacer par l’id défini le plus proche (ou l’indicateur)', 'créer une ébauche de l’entité manquante (pas pour les kpis)'],
  },
  MP006: { place: 'la valeur', fixes: ['`25` -> `25%` ; `0.25` -> `25%` (les deux proposés pour `1`)'] },
  MP007: { place: 'la seconde clé `plan`', fixes: [] },
  MP008: { place: 'sa première clé', fixes: [] },
  MP101: {
    place: 'le champ d’audience qui exclut (sa valeur `genders`, `age` ou `regions`)',
    fixes: [
      'élargir le champ d’audience pour couvrir le segment (préféré)',
      'retirer le segment de la campagne (pas quand c’est le dernier)',
    ],
  },
  MP102: {
    place: 'le champ d’audience (sa valeur `age`, `genders` ou `regions`)',
    fixes: ['resserrer le champ sur l’union des segments (seulement quand cette union est une seule tranche ou un seul ensemble)'],
  },
  MP103: { place: 'l’élément de canal', fixes: ['retirer le canal de la campagne', 'ajouter le canal aux canaux du segment'] },
  MP104: {
    place: 'l’élément de proposition de valeur',
    fixes: [
      'retirer la proposition de valeur du message (pas quand c’est la dernière)',
      'la remplacer par une proposition de valeur du produit pour ces segments (préféré quand il y en a une)',
    ],
  },
  MP105: { place: 'l’élément de segment', fixes: ['retirer le segment de la campagne', 'ajouter le segment aux segments du produit'] },
  MP106: { place: 'l’élément de segment', fixes: ['retirer le segment de la campagne'] },
  MP107: { place: 'la clé `segments` de la campagne', fixes: [] },
  MP201: {
    place: 'le prix de l’offre (avec seulement une remise écrite : la remise) ; en lien : le `floor` du produit',
    fixes: ['fixer le prix au prix plancher (avec seulement une remise écrite : la plus forte remise qui garde le prix au plancher)'],
  },
  MP202: {
    place: 'la remise de l’offre (avec seulement un prix écrit : le prix) ; en lien : le `maxDiscount` du produit',
    fixes: [
      'plafonner la remise (et un prix écrit) au maximum ; avec seulement un prix écrit, le remonter au prix que le maximum autorise',
    ],
  },
  MP203: {
    place: 'le prix de l’offre ; en lien : le `list` du produit',
    fixes: ['recalculer le prix à partir de la remise', 'recalculer la remise à partir du prix (au 0,01 % près)'],
  },
  MP204: {
    place: 'la remise de l’offre (avec seulement un prix écrit : le prix) ; en lien : le `positioning` du produit',
    fixes: [
      'plafonner la remise (et un prix écrit) à la limite premium ; avec seulement un prix écrit, le remonter au prix que la limite autorise',
    ],
  },
  MP205: {
    place: 'le prix de l’offre s’il est écrit, sinon la référence au produit de la campagne ; en lien : le `willingnessToPay` du segment',
    fixes: [
      'fixer le prix de l’offre au plus bas consentement à payer dépassé, s’il n’est pas sous le prix plancher (avec seulement une remise écrite : la plus petite remise qui l’atteint ; sans prix ni remise : ajouter le prix à l’offre, ou ajouter une offre)',
    ],
  },
  MP206: { place: 'la devise de l’offre ; en lien : la `currency` du plan', fixes: ['mettre la devise de l’offre à celle du plan'] },
  MP207: { place: 'le prix de l’offre ; en lien : le `list` du produit', fixes: ['fixer le prix au prix catalogue'] },
  MP301: { place: 'la valeur de fin', fixes: ['intervertir les dates de début et de fin'] },
  MP302: {
    place: 'la valeur de début ou de fin hors de la période ; en lien : la période du plan',
    fixes: ['ramener la date de début ou de fin dans la période du plan'],
  },
  MP303: { place: 'le début du calendrier ; en lien : chaque étude en retard', fixes: [] },
  MP304: { place: 'le début du calendrier ; en lien : le `available` du produit', fixes: ['déplacer le début à la date de disponibilité'] },
  MP305: { place: 'la date de cette validation ; en lien : le début du calendrier', fixes: [] },
  MP401: {
    place: 'la valeur de l’id de la campagne ; un `salesReview` à compléter (`by: TODO`) : son `TODO`',
    fixes: ['insérer une ébauche de `salesReview` (`by`, `on`)'],
  },
  MP402: {
    place: 'la valeur du budget ; un `pretest` à compléter (`method: TODO`) : son `TODO`',
    fixes: ['insérer une ébauche de `pretest` (`method`, `on`)'],
  },
  MP403: {
    place:
      'la valeur d’âge de l’audience, sinon la valeur de l’id de la campagne ; une `compliance` à compléter (`approvedBy: TODO`) : son `TODO`',
    fixes: ['insérer une ébauche de `compliance` (`approvedBy`, `on`)'],
  },
  MP404: { place: 'la valeur du budget du plan ; en lien : le budget de chaque campagne', fixes: [] },
  MP405: { place: 'la valeur de l’id de la campagne', fixes: ['insérer `kpis: [conversions]`'] },
  MP406: { place: 'la clé `kpis` de l’initiative', fixes: ['remplacer les kpis par `[segment-share]`'] },
  MP407: {
    place: 'la clé `plan` ; une mission à compléter (`TODO`), sinon l’identité : sa valeur',
    fixes: ['insérer une `mission` à compléter'],
  },
  MP501: { place: 'la valeur de l’id du segment', fixes: ['créer une ébauche de campagne pour le segment'] },
  MP502: { place: 'l’élément de segment de l’initiative ; en lien : les campagnes qui l’excluent', fixes: [] },
  MP503: { place: 'la valeur de l’id du segment', fixes: [] },
  MP504: { place: 'la valeur de l’id de la proposition de valeur', fixes: [] },
};

const IT: Details = {
  MP000: {
    place: 'il codice inutile nel commento',
    fixes: [
      'togliere il codice inutile tenendo il motivo dopo `--`; o tutto il commento, motivo compreso, quando era l’ultimo (un suggerimento, non sicuro, per parole che non sembrano né un codice né un nome di regola)',
    ],
  },
  MP001: {
    place:
      'l’intervallo dell’errore segnalato dal parser; per gli errori comuni: il testo senza virgolette che contiene i due punti o un # che nasconde la fine della sua lista o mappa, la tabulazione, la virgoletta aperta e mai chiusa, il trattino di un elemento di lista non allineato',
    fixes: [
      'mettere tra virgolette un testo che contiene i due punti o un # (virgolette doppie, o singole quando il testo contiene virgolette doppie)',
    ],
  },
  MP002: {
    place: 'il valore errato (chiave mancante: la chiave della mappa madre; in un elemento di lista: il suo id)',
    fixes: [
      'chiave obbligatoria mancante: inserirla con un valore da completare',
      'opzione sconosciuta: sostituirla con il valore consentito più vicino',
      'testo letto come un commento (#1...): metterlo tra virgolette (proposto nell’editor, mai applicato da --fix)',
    ],
  },
  MP003: {
    place: 'la chiave',
    fixes: ['rinominare con la chiave nota più vicina che la mappa non contiene ancora (sicuro quando è l’unica candidata a distanza 1)'],
  },
  MP004: { place: 'il valore del secondo id; collegato: il primo', fixes: [] },
  MP005: {
    place: 'il valore del riferimento',
    fixes: ['sostituire con l’id definito più vicino (o la metrica)', 'creare una bozza dell’entità mancante (non per i kpis)'],
  },
  MP006: { place: 'il valore', fixes: ['`25` -> `25%`; `0.25` -> `25%` (entrambi proposti per `1`)'] },
  MP007: { place: 'la seconda chiave `plan`', fixes: [] },
  MP008: { place: 'la sua prima chiave', fixes: [] },
  MP101: {
    place: 'il campo del pubblico che esclude (il suo valore `genders`, `age` o `regions`)',
    fixes: [
      'allargare il campo del pubblico per coprire il segmento (preferito)',
      'togliere il segmento dalla campagna (non quando è l’ultimo)',
    ],
  },
  MP102: {
    place: 'il campo del pubblico (il suo valore `age`, `genders` o `regions`)',
    fixes: ['restringere il campo all’unione dei segmenti (solo quando quell’unione è una sola fascia o un solo insieme)'],
  },
  MP103: { place: 'l’elemento canale', fixes: ['togliere il canale dalla campagna', 'aggiungere il canale ai canali del segmento'] },
  MP104: {
    place: 'l’elemento proposta di valore',
    fixes: [
      'togliere la proposta di valore dal messaggio (non quando è l’ultima)',
      'sostituirla con una proposta di valore del prodotto per questi segmenti (preferito quando ce n’è una)',
    ],
  },
  MP105: {
    place: 'l’elemento segmento',
    fixes: ['togliere il segmento dalla campagna', 'aggiungere il segmento ai segmenti del prodotto'],
  },
  MP106: { place: 'l’elemento segmento', fixes: ['togliere il segmento dalla campagna'] },
  MP107: { place: 'la chiave `segments` della campagna', fixes: [] },
  MP201: {
    place: 'il prezzo dell’offerta (con solo uno sconto scritto: lo sconto); collegato: il `floor` del prodotto',
    fixes: ['portare il prezzo al prezzo minimo (con solo uno sconto scritto: lo sconto più alto che tiene il prezzo al minimo)'],
  },
  MP202: {
    place: 'lo sconto dell’offerta (con solo un prezzo scritto: il prezzo); collegato: il `maxDiscount` del prodotto',
    fixes: ['limitare lo sconto (e un prezzo scritto) al massimo; con solo un prezzo scritto, alzarlo al prezzo che il massimo consente'],
  },
  MP203: {
    place: 'il prezzo dell’offerta; collegato: il `list` del prodotto',
    fixes: ['ricalcolare il prezzo dallo sconto', 'ricalcolare lo sconto dal prezzo (allo 0,01% più vicino)'],
  },
  MP204: {
    place: 'lo sconto dell’offerta (con solo un prezzo scritto: il prezzo); collegato: il `positioning` del prodotto',
    fixes: [
      'limitare lo sconto (e un prezzo scritto) al limite premium; con solo un prezzo scritto, alzarlo al prezzo che il limite consente',
    ],
  },
  MP205: {
    place:
      'il prezzo dell’offerta se scritto, altrimenti il riferimento al prodotto della campagna; collegato: il `willingnessToPay` del segmento',
    fixes: [
      'portare il prezzo dell’offerta alla più bassa disponibilità a pagare superata, se non è sotto il prezzo minimo (con solo uno sconto scritto: lo sconto più piccolo che la raggiunge; senza prezzo né sconto: aggiungere il prezzo all’offerta, o aggiungere un’offerta)',
    ],
  },
  MP206: {
    place: 'la valuta dell’offerta; collegato: la `currency` del piano',
    fixes: ['impostare la valuta dell’offerta su quella del piano'],
  },
  MP207: { place: 'il prezzo dell’offerta; collegato: il `list` del prodotto', fixes: ['portare il prezzo al prezzo di listino'] },
  MP301: { place: 'il valore di fine', fixes: ['scambiare le date di inizio e di fine'] },
  MP302: {
    place: 'il valore di inizio o di fine fuori dal periodo; collegato: il periodo del piano',
    fixes: ['riportare la data di inizio o di fine nel periodo del piano'],
  },
  MP303: { place: 'l’inizio del calendario; collegato: ogni ricerca in ritardo', fixes: [] },
  MP304: {
    place: 'l’inizio del calendario; collegato: il `available` del prodotto',
    fixes: ['spostare l’inizio alla data di disponibilità'],
  },
  MP305: { place: 'la data di questa approvazione; collegato: l’inizio del calendario', fixes: [] },
  MP401: {
    place: 'il valore dell’id della campagna; un `salesReview` da completare (`by: TODO`): il suo `TODO`',
    fixes: ['inserire una bozza di `salesReview` (`by`, `on`)'],
  },
  MP402: {
    place: 'il valore del budget; un `pretest` da completare (`method: TODO`): il suo `TODO`',
    fixes: ['inserire una bozza di `pretest` (`method`, `on`)'],
  },
  MP403: {
    place:
      'il valore di età del pubblico, altrimenti il valore dell’id della campagna; una `compliance` da completare (`approvedBy: TODO`): il suo `TODO`',
    fixes: ['inserire una bozza di `compliance` (`approvedBy`, `on`)'],
  },
  MP404: { place: 'il valore del budget del piano; collegato: il budget di ogni campagna', fixes: [] },
  MP405: { place: 'il valore dell’id della campagna', fixes: ['inserire `kpis: [conversions]`'] },
  MP406: { place: 'la chiave `kpis` dell’iniziativa', fixes: ['sostituire i kpis con `[segment-share]`'] },
  MP407: {
    place: 'la chiave `plan`; una mission da completare (`TODO`), altrimenti l’identità: il suo valore',
    fixes: ['inserire una `mission` da completare'],
  },
  MP501: { place: 'il valore dell’id del segmento', fixes: ['creare una bozza di campagna per il segmento'] },
  MP502: { place: 'l’elemento segmento dell’iniziativa; collegato: le campagne che lo escludono', fixes: [] },
  MP503: { place: 'il valore dell’id del segmento', fixes: [] },
  MP504: { place: 'il valore dell’id della proposta di valore', fixes: [] },
};

export const RULE_DETAILS: Readonly<Record<Locale, Details>> = { en: EN, fr: FR, it: IT };

/** A rule's place and quick fixes in a locale (English when the locale has none). */
export function ruleDetailsIn(meta: { code: string }, locale: Locale): RuleDetails {
  return RULE_DETAILS[locale][meta.code] ?? EN[meta.code];
}
