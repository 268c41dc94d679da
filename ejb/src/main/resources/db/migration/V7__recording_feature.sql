-- Every connection of a recording company is recorded, not only Remote Control: a recording
-- says which tool it is of. The recordings made before were all of Remote Control.

alter table recording add column feature varchar(20);
update recording set feature = 'REMOTE_CONTROL';
alter table recording alter column feature set not null;
