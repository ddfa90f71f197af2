// The contenders in the order they are run each round and shown in the results.
import baseline from './baseline.mjs';
import consentgate from './consentgate.mjs';
import cookieconsent from './cookieconsent.mjs';
import klaro from './klaro.mjs';
import orejime from './orejime.mjs';
import tarteaucitron from './tarteaucitron.mjs';

export const CONTENDERS = [consentgate, cookieconsent, orejime, klaro, tarteaucitron, baseline];
