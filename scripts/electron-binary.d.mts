export declare const projectRoot: string;
export declare function findElectronBinary(root?: string): string | null;
