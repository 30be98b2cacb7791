export { UUID } from '../../../infra/text/uuid';
