export declare const packagingRoot: string;
export declare const standInDir: string;
export declare const packOutputDir: string;
export declare const unpackedAppDir: string;
