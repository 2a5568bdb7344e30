/// <reference types="astro/client" />
declare module 'virtual:fasett/images' {
  const images: Record<string, import('astro').ImageMetadata>;
  export default images;
}
declare module 'virtual:fasett/theme.css' {}
declare module 'virtual:fasett/font-preloads' {
  const urls: string[];
  export default urls;
}
