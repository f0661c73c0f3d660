// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model InternetGatewayDevice:1.14 from tr-098-1-8-0.xml
// Sources (sha256):
//   6f511cd72f4fc53e96f1751c97022a59dfefb252a104e7c3ec7ace3a91da5cad  tr-069-1-0-0.xml
//   903203d93b49bf58b96a678c4496b683dd15ef8e6a1aee0860635ca94442db94  tr-069-1-1-0-biblio.xml
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   c7e8341910784b3894dd54583e1b1afdc144a8d1f94003f97ffee15b97a0d116  tr-098-1-0-0.xml
//   bb108fbf13fe11c8da02a26883c044710fa4c4838f29861065082834166445cb  tr-098-1-1-0.xml
//   388d741f2419c0dd7519ec4ef118e002dae441adf0125fc9f673a70fce67eb7d  tr-098-1-2-1.xml
//   a1a6447a899190298a2c6a872244e963b18900038634602c78700a8157fe01b4  tr-098-1-3-0.xml
//   0163dfa50fed9d11e5a1d742c0382dda8e4640be2668fa509fd1f596de782644  tr-098-1-4-0.xml
//   2cd5a7ca1e7bec1ced74187b21ba33e29636973178b57e8965c2b2ea39d8409c  tr-098-1-5-0.xml
//   3e9dea82718498077a189fd5ee84a8b09b241ba398f17bbca01148a4b1c749df  tr-098-1-6-0.xml
//   3094fc5676a3d9c7bc59b5365e94e8cadc19be927215437af73fa778290a4bfc  tr-098-1-7-0.xml
//   19378c921e4764d2f713874498eeedeb1445e7259db8f15e412926df4c2ffaf0  tr-098-1-8-0.xml
//   1d3547a83b2fda25cc84ef6d6229b5ca8b4b3c9b0b03f47ba1f815e1fc28eb97  tr-106-1-0-0-types.xml
//   5d689a7bcd59fb4c19440af00fbdbad52b1a1dd4e7c1144e04e4900a9ab1e648  tr-106-1-0-0.xml
//   439441809b85b4846de8836fc5c764d338db6f209c6a5f9a7173ad40a6691e30  tr-106-1-1-0.xml
//   cdfa038125e9b59167dd061fd88c1c3473c756a22637b3532a4f77e8afa72851  tr-106-1-2-0.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   733ad47be169e163533b7290f6a6d943124e59da4ae7d97fb85daa4eacccf33d  tr-143-1-0-2.xml
//   06717da7cd8421b9f5de55edbc30eb674be947c4b858425eb9e224d394ddeb69  tr-157-1-0-0.xml
//   c387a2a746df40236760e4ac8aab10d3a679bc13549e8509f26d25aa49de0c77  tr-157-1-1-0.xml
//   f16dfdd61c4b623db3047e0b1ab5f26022aaf749481c450c72c8bd058b8f0acc  tr-157-1-2-0.xml
//   c1af4d2af8b2c1622d30140ade6966781a4a3daa34105f638409eef9543e96cb  tr-157-1-3-0.xml
//   1784f11e4fed7f16dad5ebc09a7b9922f144dcf01663d95c9d6fd87118273e04  tr-157-1-4-0.xml
//   ce4166327fcc893105b9db894e326bcead1cd4f04695bff92f188b97339997bc  tr-157-1-5-0.xml
//   c5ddfdbf823eecfd886521564fba8db0987f6902c3d1112dc3a5d9668d8d2320  tr-157-1-6-0.xml
//   dc0215f69cd88fef814c1acc96065d1004e4376e33211f76147f9abd95d771a2  tr-157-1-7-0.xml
//   f7d4f77434907adb1edbcace98682a65f5b8aaea081acd1560d92298ea0a3add  tr-157-1-8-0.xml
//   62170f92c28d4f65995bb156665d8baec247c549be202ea0b11ed6974d600715  tr-157-1-9-0.xml
//   cb090f857cb80c2d52b250d65cae98f44fb5e80959a28271464d107b68454865  tr-181-1-0-0.xml
//   edbd54e948f95f94b9dd41e794b6a5a24dde571bb7f74a5ce936657a0d527465  tr-262-1-0-0.xml

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { items, profiles } from './meta.ts';
import { syntaxes, validators } from './syntaxes.ts';

export const model: ModelMeta = {
  name: 'InternetGatewayDevice:1.14',
  isService: false,
  items,
  syntaxes,
  profiles,
};

export { validators };
export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
export type * from './types.ts';
