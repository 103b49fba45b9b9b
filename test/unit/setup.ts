// Dexie in Node: fake-indexeddb gives every test file a fresh in-memory IndexedDB.
import 'fake-indexeddb/auto';
