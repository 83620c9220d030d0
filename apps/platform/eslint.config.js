import base from "@hearth/eslint-config/base";

export default base;
