// The door page's scans, kept in this browser (IndexedDB) so that none is lost while the network is down:
// each scan has its own id (the API's scanId: letters, digits and '-') and the time it was made, and stays
// here with its final answer once sent. Scans are kept in the order they were made (an auto-increment key).
'use strict';

const IseDoorQueue = (() => {
  const database = 'ise-door';
  const store = 'scans';
  let opened = null;

  function open() {
    opened ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(database, 1);
      request.onupgradeneeded = () => {
        const scans = request.result.createObjectStore(store, { keyPath: 'seq', autoIncrement: true });
        scans.createIndex('scanId', 'scanId', { unique: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return opened;
  }

  // Runs `work(objectStore)` in one transaction; resolves with what its last request gave once committed.
  async function run(mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(store, mode);
      let result;
      const request = work(transaction.objectStore(store));
      if (request) request.onsuccess = () => { result = request.result; };
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  }

  // A scan id the API accepts (1-64 of [A-Za-z0-9_-]): a random UUID, from crypto.getRandomValues where
  // randomUUID is missing (pages served over plain HTTP are no secure context).
  function newScanId() {
    if (crypto.randomUUID) return 'scan-' + crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return 'scan-' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  // Keeps a new scan ({ kind: 'checkIn', code } or { kind: 'walkIn', smeId, name }) for `eventId`, dated now.
  async function add(eventId, scan) {
    const entry = { ...scan, eventId, scanId: newScanId(), scannedAt: new Date().toISOString(), state: 'queued' };
    entry.seq = await run('readwrite', (scans) => scans.add(entry));
    return entry;
  }

  // Every scan of the event, oldest first.
  async function all(eventId) {
    const entries = await run('readonly', (scans) => scans.getAll());
    return entries.filter((entry) => entry.eventId === eventId);
  }

  async function update(entry) {
    await run('readwrite', (scans) => scans.put(entry));
  }

  return { add, all, update, newScanId };
})();
