import config from "@hearth/eslint-config/react";

export default config;
