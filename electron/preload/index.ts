import { contextBridge } from "electron"; contextBridge.exposeInMainWorld("kartta", {});
