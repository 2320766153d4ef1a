/** Italian: each rule's explanation (`mplan explain --locale it`), by rule code. */
export const IT_EXPLANATIONS: Readonly<Record<string, string>> = {
  MP000:
    'Un commento `mplan-disable` zittisce di proposito una segnalazione: chi rivede si fida che ognuno nasconda ancora un’eccezione reale e accettata. Quando il piano cambia e la segnalazione sparisce, o il commento nomina una regola sconosciuta o disattivata, il commento non nasconde più nulla e trae in inganno chi legge dopo. Togli il codice dal commento, o l’intero commento se era l’ultimo.',
  MP001:
    'Il file non può essere letto come YAML, quindi nulla di ciò che contiene può essere confrontato con il resto del piano. Finché non è leggibile, le sue campagne possono contraddire le decisioni a monte senza che nessuno se ne accorga. Correggi la sintassi nel punto segnalato: di solito un rientro, due punti mancanti, una parentesi o delle virgolette non chiuse, o una tabulazione usata per rientrare.',
  MP002:
    'Il piano dice qualcosa che il formato non sa leggere: una chiave obbligatoria mancante, un valore del tipo sbagliato, un’opzione sconosciuta, o una data, un id o una percentuale scritti male. Un valore illeggibile viene ignorato da tutti gli altri controlli, e la contraddizione che nasconde passa inosservata. Scrivi il valore come il formato se lo aspetta; la correzione rapida inserisce una chiave mancante da compilare o sceglie l’opzione consentita più vicina.',
  MP003:
    'Il formato non conosce questa chiave, quindi ciò che dice viene ignorato: con un `audiance` scritto male la campagna punta in silenzio al pubblico predefinito. Una chiave sconosciuta è quasi sempre un refuso, e la decisione che doveva registrare non arriva mai ai controlli. Rinomina la chiave come la definisce il formato, oppure eliminala.',
  MP004:
    'Due segmenti, prodotti o campagne con lo stesso id rendono ambiguo ogni riferimento a quell’id: una campagna può essere controllata sul segmento o sul prezzo sbagliato. Gli id sono unici per tipo in tutti i file di un piano. Rinomina uno dei due e aggiorna i riferimenti che lo intendevano.',
  MP005:
    'Una campagna o una decisione a monte punta a qualcosa che il piano non definisce: il legame tra monte e valle è spezzato, e nulla può verificare che la campagna raggiunga quel segmento o rispetti il prezzo di quel prodotto. Di solito è un refuso o un elemento rinominato. Usa l’id di un elemento esistente, oppure crea quello che manca.',
  MP006:
    'Uno sconto di `25` può voler dire 25% o 2500%, e `0.25` 25% o un quarto di punto percentuale: i controlli sui prezzi non possono indovinare. Un’ipotesi sbagliata lascia passare uno sconto da svendita, o ne blocca uno legittimo. Scrivi le percentuali con il simbolo %, per esempio `25%`.',
  MP007:
    'Una cartella contiene un solo piano: budget, periodo e valuta inquadrano tutte le campagne sottostanti. Due sezioni `plan:` nella stessa cartella lasciano incerto quale budget e quale periodo valgano; i controlli su budget e tempi usano il primo e ignorano il secondo. Tieni un solo `plan:` per cartella, oppure sposta il secondo piano in una cartella tutta sua.',
  MP008:
    'Solo il `mplan.config.yaml` della cartella principale del piano (o più in alto) configura le sue regole. Quello in una sottocartella viene ignorato: gravità e soglie concordate dal team lì non vengono applicate, senza avviso. Sposta le sue impostazioni nel file di configurazione della cartella principale del piano.',
  MP101:
    'A monte è stato scelto questo segmento, ma il targeting acquistato ne lascia fuori una parte: quelle persone non vedranno mai la campagna. Le vendite e la mossa strategica su cui si contava vanno perse, e la ricerca che ha scelto il segmento resta inutile. Allarga il pubblico fino a coprire tutto il segmento oppure, se quella parte davvero non va raggiunta, togli il segmento dalla campagna e chiarisci la questione a monte.',
  MP102:
    'Il targeting acquistato raggiunge persone fuori da tutti i segmenti indicati dalla campagna: a valle si presume una domanda che le ricerche a monte non hanno mai dimostrato. Quella parte di budget va a persone che nessuno ha dimostrato interessate al prodotto, e i loro risultati confondono ciò che la campagna dice dei suoi veri segmenti. Restringi il pubblico ai segmenti oppure, se quelle persone sono davvero un mercato, aggiungi o allarga prima un segmento a monte, con delle prove.',
  MP103:
    'A monte è stato registrato dove i segmenti di questa campagna sono raggiungibili, e questo canale non c’è: il budget speso lì compra l’attenzione di persone fuori dal segmento, ed è in gran parte sprecato. O il canale è stato scelto per abitudine, o la conoscenza del segmento è superata. Togli il canale dalla campagna oppure, se le ricerche mostrano che il segmento è lì, aggiungilo ai canali del segmento.',
  MP104:
    'A monte ogni proposta di valore è scritta per un prodotto e per i segmenti che deve convincere, e questa campagna ne usa una che non è per le persone che raggiunge davvero. Una promessa fatta alle persone sbagliate nel migliore dei casi cade nel vuoto; nel peggiore promette ciò che il prodotto non fa, o parla a persone che il targeting ha escluso, e danneggia il marchio. Usa una proposta di valore del prodotto promosso scritta per i segmenti in target, o modifica il pubblico perché raggiunga le persone a cui la promessa si rivolge.',
  MP105:
    'A monte sono elencati i segmenti per cui ogni prodotto è pensato, e questa campagna promuove il prodotto a un segmento fuori da quell’elenco. Nessuno ha dimostrato che quelle persone abbiano bisogno del prodotto: la spesa rischia di andare persa, e clienti poco adatti possono abbandonare o lamentarsi. Togli il segmento dalla campagna oppure, se il prodotto lo serve davvero, aggiungi il segmento al prodotto a monte.',
  MP106:
    'A monte si è deciso di non servire più questo segmento, eppure una campagna spende ancora per raggiungerlo. Il budget va a persone che l’azienda ha scelto di lasciare, con un messaggio che il marchio non sostiene più. Togli il segmento dalla campagna oppure, se la decisione è cambiata, riporta il segmento ad attivo a monte.',
  MP107:
    'Una campagna che non nomina alcun segmento è scollegata da tutte le decisioni a monte: nulla dice a chi si rivolge, quindi pubblico, canali, promesse e prezzi non possono essere confrontati con le scelte fatte a monte. Spende il budget a caso. Indica i segmenti, scelti a monte, che la campagna deve raggiungere.',
  MP201:
    'La campagna vende il prodotto sotto il prezzo più basso che il monte consente. Il prezzo minimo protegge il margine e l’immagine di prezzo: ogni vendita al di sotto fa perdere denaro, insegna ai clienti ad aspettare il prossimo taglio e può violare gli accordi con rivenditori e partner. Porta l’offerta al prezzo minimo, oppure fai approvare a monte un minimo più basso prima del lancio.',
  MP202:
    'La campagna sconta il prodotto più di quanto la politica di prezzo consenta. Lo sconto massimo è ciò che il margine e il posizionamento di prezzo possono sostenere: oltre, ogni vendita regala fatturato e abitua i clienti a comprare solo in promozione. Limita l’offerta allo sconto massimo, oppure fai alzare il massimo a monte prima del lancio.',
  MP203:
    'L’offerta indica sia un prezzo sia uno sconto, e lo sconto applicato al prezzo di listino non dà quel prezzo. Chi fa il conto vede un risparmio annunciato che non esiste: la fiducia ne soffre e si possono violare le norme a tutela dei consumatori sugli annunci di prezzo; negozio e pubblicità rischiano anche di mostrare importi diversi. Ricalcola l’uno dall’altro perché sconto e prezzo dicano la stessa cosa.',
  MP204:
    'A monte il prodotto è stato posizionato come premium, e la campagna lo svende. Un posizionamento premium si regge sulla convinzione che il prodotto valga il suo prezzo; gli sconti forti la minano, svalutano il marchio e rendono più difficili le vendite a prezzo pieno. Resta entro il limite di sconto premium e promuovi il prodotto per il suo valore, oppure rivedi il posizionamento a monte.',
  MP205:
    'La campagna chiede a un segmento in target di pagare più di quanto le ricerche a monte dicono che accetti. Il budget media raggiunge così persone a cui il prodotto piace ma che a quel prezzo non lo compreranno: le vendite per cui la campagna è pagata non arrivano. Porta l’offerta alla disponibilità a pagare (se il prezzo minimo lo consente), oppure punta a segmenti che accettano il prezzo.',
  MP206:
    'L’offerta ha un prezzo in una valuta diversa da quella in cui sono fissati il piano, i suoi prezzi e i suoi budget. Il suo prezzo non può essere confrontato con il minimo, con lo sconto massimo né con ciò che i segmenti sono disposti a pagare, e ai clienti può essere addebitato un importo che nessuno ha approvato. Scrivi l’offerta nella valuta del piano, oppure pianifica quel mercato in un ambito a parte con la sua valuta.',
  MP207:
    'La campagna chiede più del prezzo di listino fissato a monte. Un’«offerta» più cara del prezzo normale confonde i clienti, fa perdere le vendite per cui la campagna è pagata e può ingannare chi si aspetta da una promozione un risparmio. Fissa il prezzo dell’offerta al massimo al listino, oppure alza il listino a monte se questa è la decisione.',
  MP301:
    'La data di fine è precedente alla data di inizio: le date non descrivono alcun periodo. I media non si possono prenotare, e tutti gli altri controlli sui tempi (periodo del piano, ricerche, disponibilità del prodotto, approvazioni) si misurano su una data probabilmente sbagliata. Di solito le due date sono state invertite o l’anno è errato. Scambia le date, o correggi quella scritta male.',
  MP302:
    'La campagna è programmata, almeno in parte, fuori dal periodo coperto dal piano. Budget, obiettivi e decisioni a monte valgono solo per quel periodo: i giorni fuori spendono denaro che nessuno ha approvato e si misurano su obiettivi che non valgono più. Riporta la campagna dentro il periodo del piano, oppure spostala nel piano del periodo successivo.',
  MP303:
    'La campagna parte prima che la ricerca dietro uno dei suoi segmenti abbia dato i risultati: è come fare il casting prima di aver comprato i diritti. Se lo studio cambia chi è il segmento, di cosa ha bisogno o quanto pagherà, media, messaggio e offerta già acquistati sono sprecati o rivolti alle persone sbagliate. Avvia la campagna dopo la conclusione della ricerca, oppure registra la data di conclusione quando i risultati ci sono.',
  MP304:
    'La campagna promuove un prodotto prima del primo giorno in cui si può vendere. Ogni cliente convinto in quei giorni non trova nulla da comprare: il budget media è sprecato, la domanda creata va ai concorrenti e il marchio sembra impreparato. Sposta l’inizio della campagna alla data di disponibilità, oppure anticipa il lancio a monte se il prodotto può uscire prima.',
  MP305:
    'Un’approvazione che arriva dopo l’avvio non può più cambiare nulla: il team commerciale scopre la campagna quando i clienti già chiamano, il pretest misura annunci già pagati e l’ufficio legale approva ciò che è già pubblicato. Quello che trovano costa allora uno stop, una ristampa o un rischio legale invece di una modifica. Programma l’approvazione prima della data di inizio, oppure sposta l’inizio dopo di essa.',
  MP401:
    'Nessuno del commerciale ha approvato questa campagna. Le vendite scoprono così offerta, prezzo e promessa dai clienti, non possono preparare scorte, argomentazioni né partner, e la domanda comprata dalla campagna si perde al banco. Rivedi la campagna con il team commerciale prima del lancio e registra chi l’ha approvata e quando in `salesReview`.',
  MP402:
    'Un budget consistente sta per essere speso in annunci e messaggi che nessuno ha testato. Se il messaggio non arriva al segmento, tutto il budget compra indifferenza, e una promessa goffa può danneggiare il marchio su larga scala. Fai un pretest di annunci o messaggio su un campione del pubblico prima del lancio e registra metodo e data in `pretest`.',
  MP403:
    'La campagna raggiunge persone sotto la maggiore età, e nessuno dell’ufficio legale l’ha approvata. La pubblicità rivolta ai minori è regolamentata (targeting, promesse, prezzi, raccolta dati): una violazione espone a multe, annunci ritirati e titoli che danneggiano il marchio. Fai approvare la campagna dall’ufficio legale e registralo in `compliance`, oppure limita il pubblico agli adulti se i minori non vanno raggiunti.',
  MP404:
    'Insieme, le campagne prevedono di spendere più del budget assegnato al piano. Si dovrà tagliare tardi, con i media già prenotati e le agenzie già briefate, e il taglio raramente cade sulla campagna meno efficace. Riduci i budget delle campagne finché non rientrano, elimina una campagna, oppure fai alzare il budget del piano.',
  MP405:
    'La campagna non dice come verrà giudicato il suo successo. Senza KPI nessuno può dire se il denaro ha funzionato: una campagna che fallisce tiene il suo budget e una che funziona non può essere potenziata. Indica almeno una metrica prima del lancio, come conversioni, vendite o lead, con un obiettivo se ne hai uno.',
  MP406:
    'Un’iniziativa a monte, come conquistare un nuovo segmento o riposizionare un prodotto, è giudicata solo su vendite o clic. Quei numeri si muovono con ogni campagna e ogni sconto, quindi non mostrano se la mossa strategica ha funzionato, e una buona mossa può essere abbandonata dopo un trimestre debole. Misura l’iniziativa con una metrica a monte come quota del segmento, notorietà o considerazione, e lascia le vendite alle campagne.',
  MP407:
    'Il piano non indica né la missione dell’organizzazione né l’identità del marchio. Le scelte a monte di segmenti, prodotti e posizionamento non hanno così un riferimento, e le campagne scivolano verso messaggi che si contraddicono e confondono il marchio. Concordate la missione (o una dichiarazione di identità del marchio) e scrivetela nel piano.',
  MP501:
    'A monte è stato scelto questo segmento, ma nessuna campagna lo raggiunge: la decisione non diventa mai vendite, e ricerche e lavoro sul prodotto fatti per esso restano inutilizzati mentre i concorrenti se ne occupano. A volte la campagna non è ancora stata pianificata; a volte il segmento non interessa più. Pianifica una campagna per il segmento, oppure segnalo `retired` a monte se l’azienda vi ha rinunciato.',
  MP502:
    'A monte è stata fatta una mossa strategica per conquistare questo segmento, ma a valle nessuna campagna lo raggiunge tutto: o nessuna vi punta, o ognuna compra un pubblico che ne esclude una parte. L’investimento dietro l’iniziativa (una modifica del prodotto, un nuovo posizionamento) non viene mai mostrato alle persone per cui è stato fatto, e i suoi KPI diranno che è fallita senza che sia mai stata provata. Pianifica una campagna il cui pubblico copra tutto il segmento, o allarga il pubblico di una esistente.',
  MP503:
    'Il segmento non cita alcuna ricerca che lo sostenga: la scelta di chi servire si basa su un’opinione anziché su un’indagine, uno studio di tendenza o dati di vendita. Ogni campagna costruita su di esso eredita quel rischio: il budget può andare a un segmento più piccolo, meno interessato o meno disposto a pagare del previsto. Elenca in `evidence` le ricerche che sostengono il segmento, oppure pianifica quella ricerca prima di spenderci.',
  MP504:
    'A monte questa proposta di valore è stata scritta per convincere un segmento, ma nessun messaggio di campagna la porta: la promessa non raggiunge mai un cliente. O manca nelle campagne che dovrebbero farla, e si perdono vendite, o è superata e ingombra il piano. Aggiungila ai `message.valueProps` di una campagna, oppure toglila dal prodotto.',
};
