export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
export declare function waitForServer(url: string): Promise<void>;
